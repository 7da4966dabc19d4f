import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { isLatLngWithinCouncilArea, type CouncilArea } from './council-area';
import { distanceMetres, toMetric, type LatLng } from './lambert93';

/**
 * The one door to the national address base geocoder (BAN, api-adresse.data.gouv.fr):
 * `GET {GEOCODER_URL}/search/?q=…&limit=…&lat=…&lon=…`, a GeoJSON FeatureCollection.
 * Results are biased towards the council's centre, then only those in its area are kept,
 * nearest first. Offline, slow or broken, it answers `{ ok: false }` quickly and the page
 * explains it in French; nothing throws at the caller.
 */

export type GeocodedAddress = { label: string; lat: number; lng: number };

export type GeocodeResult =
  | { ok: true; results: GeocodedAddress[] }
  | { ok: false; reason: 'timeout' | 'unavailable' };

export const MIN_QUERY_LENGTH = 3;
export const MAX_QUERY_LENGTH = 200;
export const MAX_RESULTS = 5;
/** Asked of the geocoder: more than shown, since some fall outside the council's area. */
const FETCHED_RESULTS = 10;

const responseSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({ label: z.string().min(1).max(300) }).loose(),
    }),
  ),
});

export async function searchAddresses(query: string, area: CouncilArea): Promise<GeocodeResult> {
  const env = getEnv();
  const q = query.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
  if (q.length < MIN_QUERY_LENGTH) return { ok: true, results: [] };
  const url = new URL('search/', env.GEOCODER_URL.endsWith('/') ? env.GEOCODER_URL : `${env.GEOCODER_URL}/`);
  url.searchParams.set('q', q);
  url.searchParams.set('limit', String(FETCHED_RESULTS));
  url.searchParams.set('lat', String(area.centreLat));
  url.searchParams.set('lon', String(area.centreLng));

  let body: unknown;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(env.GEOCODER_TIMEOUT_MS),
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) return { ok: false, reason: 'unavailable' };
    body = await response.json();
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unavailable' };
  }
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'unavailable' };

  const centre = toMetric({ lat: area.centreLat, lng: area.centreLng });
  const seen = new Set<string>();
  const results = parsed.data.features
    .map((f) => ({ label: f.properties.label, lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }))
    .filter((r) => isValidLatLng(r) && isLatLngWithinCouncilArea(r, area))
    .filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)))
    .map((r) => ({ r, d: distanceMetres(toMetric(r), centre) }))
    // The geocoder ranks by text match first; keep its order for equally good matches but
    // never let a far-away homonym outrank a local street: stable sort by distance band.
    .sort((a, b) => Math.floor(a.d / 5_000) - Math.floor(b.d / 5_000))
    .slice(0, MAX_RESULTS)
    .map(({ r }) => r);
  return { ok: true, results };
}

function isValidLatLng(p: LatLng) {
  return Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}
