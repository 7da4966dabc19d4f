import { distanceMetres, toMetric, type LatLng, type Metric } from './lambert93';

/** What is needed to decide whether a point belongs to a council's network. */
export type CouncilArea = {
  centreLat: number;
  centreLng: number;
  defaultRadiusKm: number;
  boundary: GeoJSON.Feature | null;
};

/**
 * Boundaries shipped in tenants/ are simplified outlines: an address on the edge of town may
 * fall a few hundred metres outside. One kilometre of slack keeps real residents in and still
 * refuses a point in another town.
 */
export const BOUNDARY_MARGIN_METRES = 1_000;

/** Without a boundary, anything further than this from the centre is not the council's. */
export function fallbackRadiusMetres(area: Pick<CouncilArea, 'defaultRadiusKm'>) {
  return Math.max(2 * area.defaultRadiusKm, 10) * 1000;
}

function rings(boundary: GeoJSON.Feature | null): Metric[][] | null {
  const g = boundary?.geometry;
  if (!g) return null;
  if (g.type === 'Polygon') return g.coordinates.map((ring) => ring.map(([lng, lat]) => toMetric({ lat: lat!, lng: lng! })));
  if (g.type === 'MultiPolygon') return g.coordinates.flat().map((ring) => ring.map(([lng, lat]) => toMetric({ lat: lat!, lng: lng! })));
  return null;
}

/** Ray casting: is the point inside this closed ring? */
export function insideRing(p: Metric, ring: Metric[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

function distanceToSegment(p: Metric, a: Metric, b: Metric) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq));
  return distanceMetres(p, { x: a.x + t * dx, y: a.y + t * dy });
}

function distanceToRing(p: Metric, ring: Metric[]) {
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(p, ring[i - 1]!, ring[i]!));
  return best;
}

/**
 * A home or a post must be in the council's area: inside its boundary (with a small margin for
 * simplified outlines), or, when it has none, within a sane distance of its centre.
 * Multipolygon parts are treated as separate outlines (holes are not cut out: a margin of error
 * in the resident's favour).
 */
export function isWithinCouncilArea(point: Metric, area: CouncilArea): boolean {
  const outlines = rings(area.boundary);
  if (outlines && outlines.length) {
    return outlines.some((ring) => insideRing(point, ring) || distanceToRing(point, ring) <= BOUNDARY_MARGIN_METRES);
  }
  return distanceMetres(point, toMetric({ lat: area.centreLat, lng: area.centreLng })) <= fallbackRadiusMetres(area);
}

export function isLatLngWithinCouncilArea(point: LatLng, area: CouncilArea) {
  return isWithinCouncilArea(toMetric(point), area);
}
