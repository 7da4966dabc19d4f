import 'server-only';
import { getEnv } from '@/lib/env';
import type { CouncilTheme } from '@/db/schema/councils';
import type { MapEngineConfig, MapTheme } from './map-types';
import { MAPLIBRE_WORKER_PATH, maplibreVersion } from './maplibre-worker';

/** Which engine and base layer this deployment uses (read on the server, handed to the client). */
export function getMapEngineConfig(): MapEngineConfig {
  const env = getEnv();
  return {
    engine: env.NEXT_PUBLIC_MAPBOX_TOKEN ? 'mapbox' : 'maplibre',
    ...(env.NEXT_PUBLIC_MAPBOX_TOKEN ? { mapboxToken: env.NEXT_PUBLIC_MAPBOX_TOKEN } : {}),
    ...(env.MAP_TILE_URL ? { tileUrl: env.MAP_TILE_URL } : {}),
    ...(env.MAP_TILE_ATTRIBUTION ? { tileAttribution: env.MAP_TILE_ATTRIBUTION } : {}),
    workerUrl: `${MAPLIBRE_WORKER_PATH}?v=${maplibreVersion()}`,
  };
}

export function mapTheme(theme: CouncilTheme): MapTheme {
  return {
    primary: theme.primary,
    onPrimary: theme.onPrimary,
    accent: theme.accent,
    onAccent: theme.onAccent,
    surface: theme.surface,
    text: theme.text,
  };
}
