import { insideRing } from './council-area';
import { distanceMetres, toMetric, type LatLng } from './lambert93';

type QuartierShape = { name: string; centreLat: number; centreLng: number; polygon: GeoJSON.Polygon };

/** Beyond this, "near <quartier>" would mislead more than it helps. */
const NEAREST_QUARTIER_MAX_METRES = 3_000;

/**
 * The quartier a public (grid-snapped) position falls in, or the nearest one close by: a
 * human name for "roughly where". Always called with the snapped position, so it can never
 * reveal more than the grid cell does.
 */
export function quartierAt(position: LatLng, quartiers: QuartierShape[]): { name: string; inside: boolean } | null {
  const p = toMetric(position);
  for (const q of quartiers) {
    const outer = q.polygon.coordinates[0]?.map(([lng, lat]) => toMetric({ lat: lat!, lng: lng! }));
    if (outer && insideRing(p, outer)) return { name: q.name, inside: true };
  }
  let best: { name: string; d: number } | null = null;
  for (const q of quartiers) {
    const d = distanceMetres(p, toMetric({ lat: q.centreLat, lng: q.centreLng }));
    if (d <= NEAREST_QUARTIER_MAX_METRES && (!best || d < best.d)) best = { name: q.name, d };
  }
  return best ? { name: best.name, inside: false } : null;
}
