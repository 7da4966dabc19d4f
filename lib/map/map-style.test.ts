import { describe, expect, it } from 'vitest';
import { getEnv, resetEnvForTests, type Env } from '@/lib/env';
import { baseStyle, boundaryBounds, councilLayers, mix, POSTS_SOURCE } from './map-style';
import type { MapEngineConfig } from './map-types';

/** Parses a given environment with lib/env.ts's schema, for tests; restores the real one after. */
function getEnvFrom(vars: Record<string, string>): Env {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, vars);
    resetEnvForTests();
    return getEnv();
  } finally {
    for (const key of Object.keys(vars)) {
      if (key in saved) process.env[key] = saved[key];
      else delete process.env[key];
    }
    resetEnvForTests();
  }
}

const theme = { primary: '#0F4C81', onPrimary: '#FFFFFF', accent: '#0B6E6D', onAccent: '#FFFFFF', surface: '#F4F8FB', text: '#13212E' };
const maplibre: MapEngineConfig = { engine: 'maplibre', workerUrl: '/carte/moteur.mjs?v=1' };

describe('map style', () => {
  it('has no remote source at all by default: it works offline and tells no third party anything', () => {
    const style = baseStyle(maplibre, theme);
    expect(typeof style).toBe('object');
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:/);
    if (typeof style === 'object') expect(style.layers.map((l) => l.id)).toEqual(['background']);
  });

  it('adds the deployment’s raster tiles, with their attribution', () => {
    const style = baseStyle({ ...maplibre, tileUrl: 'https://tuiles.example.fr/{z}/{x}/{y}.png', tileAttribution: '© OSM' }, theme);
    if (typeof style !== 'object') throw new Error('expected a style object');
    expect(style.sources.tiles).toMatchObject({ type: 'raster', tiles: ['https://tuiles.example.fr/{z}/{x}/{y}.png'], attribution: '© OSM' });
  });

  it('uses Mapbox’s own style only with a token', () => {
    expect(baseStyle({ ...maplibre, engine: 'mapbox', mapboxToken: 'pk.x' }, theme)).toBe('mapbox://styles/mapbox/light-v11');
  });

  it('draws the boundary, the quartiers and clustered posts from grid positions only', () => {
    const layers = councilLayers(
      {
        boundary: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[2.1, 48.9], [2.2, 48.9], [2.2, 49], [2.1, 48.9]]] } },
        quartiers: [{ name: 'Centre', polygon: { type: 'Polygon', coordinates: [[[2.15, 48.95], [2.16, 48.95], [2.16, 48.96], [2.15, 48.95]]] } }],
        posts: [{ id: 'p1', kind: 'need', title: 'Courses', categoryLabel: 'Courses', urgent: false, distanceBand: 'lt500m', lat: 48.95, lng: 2.15 }],
      },
      theme,
    );
    expect(layers.sources[POSTS_SOURCE]).toMatchObject({ cluster: true });
    const posts = layers.sources[POSTS_SOURCE].data as GeoJSON.FeatureCollection;
    expect(posts.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [2.15, 48.95] });
    expect(layers.layers.map((l) => l.id)).toContain('council-boundary-line');
  });

  it('frames the boundary and mixes colours', () => {
    expect(boundaryBounds(null)).toBeNull();
    expect(boundaryBounds({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[2.1, 48.9], [2.3, 48.8], [2.2, 49]]] } })).toEqual([2.1, 48.8, 2.3, 49]);
    expect(mix('#000000', '#ffffff')).toBe('#808080');
    expect(mix('red', '#e8ecef')).toBe('#e8ecef');
  });
});

describe('map settings from the environment', () => {
  it('accepts a tile URL template and refuses anything else', () => {
    expect(getEnvFrom({ MAP_TILE_URL: 'https://tuiles.example.fr/{z}/{x}/{y}.png' }).MAP_TILE_URL).toBe('https://tuiles.example.fr/{z}/{x}/{y}.png');
    expect(() => getEnvFrom({ MAP_TILE_URL: 'javascript:alert(1)' })).toThrow(/MAP_TILE_URL/);
    expect(() => getEnvFrom({ MAP_TILE_URL: 'https://tuiles.example.fr/tile.png' })).toThrow(/MAP_TILE_URL/);
  });
});
