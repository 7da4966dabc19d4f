import type { DistanceBand } from '@/lib/geo/privacy';

/**
 * What the map sends to the browser about a post: no description, no author, and a position
 * that is the centre of its 500 m grid cell (R3), never the exact point.
 */
export type MapPost = {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  categoryLabel: string;
  urgent: boolean;
  distanceBand: DistanceBand;
  lat: number;
  lng: number;
};

export type MapQuartier = { name: string; polygon: GeoJSON.Polygon };

export type MapData = {
  centre: { lat: number; lng: number };
  boundary: GeoJSON.Feature | null;
  quartiers: MapQuartier[];
  posts: MapPost[];
  /** More open posts exist than the map shows (the nearest are shown). */
  truncated: boolean;
};

/** Which engine draws the map, and with which base layer: decided on the server from lib/env. */
export type MapEngineConfig = {
  engine: 'maplibre' | 'mapbox';
  /** Mapbox access token (public by design), only with the mapbox engine. */
  mapboxToken?: string;
  /** Raster tile URL template, when the deployment configured one. */
  tileUrl?: string;
  tileAttribution?: string;
  /** Same-origin URL of MapLibre's worker script (see app/t/[tenant]/carte/moteur.mjs). */
  workerUrl: string;
};

export type MapTheme = { primary: string; accent: string; surface: string; text: string; onPrimary: string; onAccent: string };
