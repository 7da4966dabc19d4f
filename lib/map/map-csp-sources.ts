import { mapTileOrigin, type Env } from '@/lib/env';

/** Mapbox's API and telemetry hosts, reached only when a Mapbox token is configured. */
const MAPBOX_ORIGINS = ['https://api.mapbox.com', 'https://events.mapbox.com'];

/**
 * The outside origins the map may load from, for the content-security policy: none by default
 * (the map then draws only the council's own shapes), the tile server when MAP_TILE_URL is set,
 * Mapbox when a token is.
 */
export function mapCspSources(env: Pick<Env, 'MAP_TILE_URL' | 'NEXT_PUBLIC_MAPBOX_TOKEN'>): { img: string[]; connect: string[] } {
  const origins = new Set<string>();
  const tiles = mapTileOrigin(env as Env);
  if (tiles) origins.add(tiles);
  if (env.NEXT_PUBLIC_MAPBOX_TOKEN) for (const o of MAPBOX_ORIGINS) origins.add(o);
  const list = [...origins];
  return { img: list, connect: list };
}
