import type { GeoJSONSource, Map as MaplibreMap, Marker as MaplibreMarker, MapOptions, StyleSpecification } from 'maplibre-gl';
import type { MapEngineConfig } from './map-types';

/**
 * The one surface the rest of the code sees of a map library. mapbox-gl and maplibre-gl share
 * most of their API (MapLibre is a fork of mapbox-gl v1); the differences we meet — cluster
 * look-ups with promises or callbacks, worker set-up, the base style — are handled by the two
 * adapters in ./engines, loaded with a dynamic import so neither library is in any page's
 * first-load JavaScript, and only the one in use is ever downloaded.
 */
export type MapEngine = {
  kind: MapEngineConfig['engine'];
  createMap(options: Omit<MapOptions, 'style'> & { style: StyleSpecification | string }): MaplibreMap;
  createMarker(element: HTMLElement, lngLat: [number, number], options?: { draggable?: boolean }): MaplibreMarker;
  addNavigation(map: MaplibreMap): void;
  clusterExpansionZoom(source: GeoJSONSource, clusterId: number): Promise<number>;
  clusterLeaves(source: GeoJSONSource, clusterId: number, limit: number): Promise<GeoJSON.Feature[]>;
};

export async function loadMapEngine(config: MapEngineConfig): Promise<MapEngine> {
  if (config.engine === 'mapbox' && config.mapboxToken) {
    const { createMapboxEngine } = await import('./engines/mapbox-engine');
    return createMapboxEngine(config.mapboxToken);
  }
  const { createMaplibreEngine } = await import('./engines/maplibre-engine');
  return createMaplibreEngine(config.workerUrl);
}
