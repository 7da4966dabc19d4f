import type { StyleSpecification } from 'maplibre-gl';
import type { MapData, MapEngineConfig, MapTheme } from './map-types';

export const MAX_ZOOM = 16;
export const POSTS_SOURCE = 'posts';
export const BOUNDARY_LINE_LAYER = 'council-boundary-line';
export const QUARTIERS_LINE_LAYER = 'council-quartiers-line';

/**
 * The base of the map. Without configuration it has no remote source at all — a plain
 * background on which the council's own shapes are drawn — so it works offline and sends
 * nothing to a third party. A deployment may add raster tiles (MAP_TILE_URL); with a Mapbox
 * token, Mapbox's own style is used.
 */
export function baseStyle(config: MapEngineConfig, theme: MapTheme): StyleSpecification | string {
  if (config.engine === 'mapbox' && config.mapboxToken && !config.tileUrl) return 'mapbox://styles/mapbox/light-v11';
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': mix(theme.surface, '#e8ecef') } }],
  };
  if (config.tileUrl) {
    style.sources.tiles = {
      type: 'raster',
      tiles: [config.tileUrl],
      tileSize: 256,
      maxzoom: 19,
      ...(config.tileAttribution ? { attribution: config.tileAttribution } : {}),
    };
    style.layers.push({ id: 'tiles', type: 'raster', source: 'tiles' });
  }
  return style;
}

/** The council's sources and layers, added on top of whichever base style is in use. */
export function councilLayers(data: Pick<MapData, 'boundary' | 'quartiers' | 'posts'>, theme: MapTheme) {
  const quartiers: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: data.quartiers.map((q) => ({ type: 'Feature', properties: { name: q.name }, geometry: q.polygon })),
  };
  const posts: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: data.posts.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, kind: p.kind, title: p.title, category: p.categoryLabel, urgent: p.urgent, band: p.distanceBand },
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
    })),
  };
  const emptyBoundary: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    sources: {
      boundary: { type: 'geojson' as const, data: data.boundary ?? emptyBoundary },
      quartiers: { type: 'geojson' as const, data: quartiers },
      // Clustered by the map library itself; clusters never split below the grid: posts in the
      // same 500 m cell stay one cluster at every zoom, and clicking it lists them.
      [POSTS_SOURCE]: { type: 'geojson' as const, data: posts, cluster: true, clusterRadius: 48, clusterMaxZoom: MAX_ZOOM },
    },
    layers: [
      { id: 'council-quartiers-fill', type: 'fill' as const, source: 'quartiers', paint: { 'fill-color': theme.accent, 'fill-opacity': 0.06 } },
      {
        id: QUARTIERS_LINE_LAYER,
        type: 'line' as const,
        source: 'quartiers',
        paint: { 'line-color': theme.accent, 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      { id: BOUNDARY_LINE_LAYER, type: 'line' as const, source: 'boundary', paint: { 'line-color': theme.primary, 'line-width': 4 } },
      // Invisible: it makes the library tile the posts source, which the HTML markers read.
      { id: 'posts-anchor', type: 'circle' as const, source: POSTS_SOURCE, paint: { 'circle-radius': 1, 'circle-opacity': 0 } },
    ],
  };
}

/** The [west, south, east, north] box around the boundary, or null. */
export function boundaryBounds(boundary: GeoJSON.Feature | null): [number, number, number, number] | null {
  const g = boundary?.geometry;
  const positions = g?.type === 'Polygon' ? g.coordinates.flat() : g?.type === 'MultiPolygon' ? g.coordinates.flat(2) : [];
  if (!positions.length) return null;
  const lngs = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** Half-way between two #rrggbb colours: a background that follows the council's surface but still shows lines. */
export function mix(a: string, b: string): string {
  const parse = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const x = parse(a);
  const y = parse(b);
  if ([...x, ...y].some(Number.isNaN)) return b;
  return `#${x.map((v, i) => Math.round((v + y[i]!) / 2).toString(16).padStart(2, '0')).join('')}`;
}
