import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapEngine } from '../engine';

/**
 * MapLibre finds its worker next to its own module URL, which a bundler rewrites; we serve the
 * worker file from the council's host instead (same origin, so `worker-src 'self'` suffices).
 */
export function createMaplibreEngine(workerUrl: string): MapEngine {
  maplibregl.setWorkerUrl(workerUrl);
  return {
    kind: 'maplibre',
    createMap: (options) => new maplibregl.Map(options),
    createMarker: (element, lngLat, options) => new maplibregl.Marker({ element, draggable: options?.draggable ?? false }).setLngLat(lngLat),
    addNavigation: (map) => map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right'),
    clusterExpansionZoom: (source, clusterId) => source.getClusterExpansionZoom(clusterId),
    clusterLeaves: (source, clusterId, limit) => source.getClusterLeaves(clusterId, limit, 0),
  };
}
