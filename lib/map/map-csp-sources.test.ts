import { describe, expect, it } from 'vitest';
import { mapCspSources } from './map-csp-sources';

describe('map origins in the content-security policy', () => {
  it('adds nothing by default', () => {
    expect(mapCspSources({ MAP_TILE_URL: undefined, NEXT_PUBLIC_MAPBOX_TOKEN: undefined })).toEqual({ img: [], connect: [] });
  });

  it('allows the configured tile server’s origin only', () => {
    const sources = mapCspSources({ MAP_TILE_URL: 'https://tuiles.example.fr:8443/osm/{z}/{x}/{y}.png', NEXT_PUBLIC_MAPBOX_TOKEN: undefined });
    expect(sources).toEqual({ img: ['https://tuiles.example.fr:8443'], connect: ['https://tuiles.example.fr:8443'] });
  });

  it('allows Mapbox when a token is set', () => {
    const sources = mapCspSources({ MAP_TILE_URL: undefined, NEXT_PUBLIC_MAPBOX_TOKEN: 'pk.test' });
    expect(sources.connect).toEqual(['https://api.mapbox.com', 'https://events.mapbox.com']);
  });
});
