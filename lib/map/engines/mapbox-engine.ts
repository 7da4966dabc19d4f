import mapboxgl from 'mapbox-gl';
import 'mapbox-gl/dist/mapbox-gl.css';
import type { GeoJSONSource, Map as MaplibreMap, Marker as MaplibreMarker } from 'maplibre-gl';
import type { MapEngine } from '../engine';

/** mapbox-gl's cluster look-ups take callbacks where MapLibre's return promises. */
type CallbackClusterSource = {
  getClusterExpansionZoom(clusterId: number, cb: (error: Error | null, zoom: number) => void): void;
  getClusterLeaves(clusterId: number, limit: number, offset: number, cb: (error: Error | null, features: GeoJSON.Feature[]) => void): void;
};

const callbacks = (source: GeoJSONSource) => source as unknown as CallbackClusterSource;

/**
 * mapbox-gl v3, used only when a Mapbox token is configured (without a valid token it draws
 * nothing). Its API is the one MapLibre forked, so MapLibre's types describe what we use.
 */
export function createMapboxEngine(token: string): MapEngine {
  mapboxgl.accessToken = token;
  return {
    kind: 'mapbox',
    createMap: (options) => new mapboxgl.Map(options as unknown as mapboxgl.MapOptions) as unknown as MaplibreMap,
    createMarker: (element, lngLat, options) =>
      new mapboxgl.Marker({ element, draggable: options?.draggable ?? false }).setLngLat(lngLat) as unknown as MaplibreMarker,
    addNavigation: (map) => (map as unknown as mapboxgl.Map).addControl(new mapboxgl.NavigationControl({ showCompass: false }), 'top-right'),
    clusterExpansionZoom: (source, clusterId) =>
      new Promise((resolve, reject) => callbacks(source).getClusterExpansionZoom(clusterId, (e, zoom) => (e ? reject(e) : resolve(zoom)))),
    clusterLeaves: (source, clusterId, limit) =>
      new Promise((resolve, reject) => callbacks(source).getClusterLeaves(clusterId, limit, 0, (e, f) => (e ? reject(e) : resolve(f)))),
  };
}
