import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { councils } from '@/db/schema/councils';
import { quartiers } from '@/db/schema/quartiers';
import { withTenant } from '@/db/with-tenant';
import { distanceMetres, toMetric, type Metric } from '@/lib/geo/lambert93';
import { MAX_RADIUS_KM, queryNearbyPosts, resolveSearchOrigin, type NearbyFilters } from '@/lib/posts/list-nearby-posts';
import type { MapData, MapPost } from './map-types';

/** The map shows at most this many posts, the nearest; the list page has them all. */
export const MAP_POST_LIMIT = 200;
const PAGE = 100;

export type MapFilters = Pick<NearbyFilters, 'kind' | 'categoryKey'>;

/**
 * Everything the map page draws for one council: its boundary and quartiers, and its open
 * posts around the visitor (their home when signed in, the council's centre otherwise), within
 * a radius that covers the whole council. Posts come from the same query as the list pages,
 * which only ever hands out grid positions.
 */
export async function getMapData(tenantId: string, viewerId: string | null, filters: MapFilters = {}): Promise<MapData> {
  return withTenant(tenantId, async (tx) => {
    const [council] = await tx
      .select({ centreLat: councils.centreLat, centreLng: councils.centreLng, boundary: councils.boundary, defaultRadiusKm: councils.defaultRadiusKm })
      .from(councils)
      .where(eq(councils.tenantId, tenantId));
    if (!council) throw new Error(`No council profile for tenant ${tenantId}`);
    const rows = await tx
      .select({ name: quartiers.name, polygon: quartiers.polygon })
      .from(quartiers)
      .where(and(eq(quartiers.tenantId, tenantId)))
      .orderBy(asc(quartiers.position), asc(quartiers.name));

    const origin = await resolveSearchOrigin(tx, tenantId, viewerId);
    const radiusKm = coveringRadiusKm(origin.point, council.boundary, council.defaultRadiusKm);
    const posts: MapPost[] = [];
    let hasMore = true;
    while (hasMore && posts.length < MAP_POST_LIMIT) {
      const page = await queryNearbyPosts(tx, tenantId, origin.point, { ...filters, radiusKm, limit: PAGE, offset: posts.length }, viewerId);
      for (const p of page.posts) {
        posts.push({
          id: p.id,
          kind: p.kind,
          title: p.title,
          categoryLabel: p.category.label,
          urgent: p.urgency === 'urgent',
          distanceBand: p.distanceBand,
          lat: p.approximate.lat,
          lng: p.approximate.lng,
        });
      }
      hasMore = page.hasMore;
    }
    return {
      centre: { lat: council.centreLat, lng: council.centreLng },
      boundary: council.boundary ?? null,
      quartiers: rows,
      posts: posts.slice(0, MAP_POST_LIMIT),
      truncated: hasMore || posts.length > MAP_POST_LIMIT,
    };
  });
}

/** Far enough from the origin to reach every corner of the council, within the query's limit. */
export function coveringRadiusKm(origin: Metric, boundary: GeoJSON.Feature | null, fallbackKm: number): number {
  let farthest = 0;
  for (const [lng, lat] of boundaryPositions(boundary)) {
    farthest = Math.max(farthest, distanceMetres(origin, toMetric({ lat: lat!, lng: lng! })));
  }
  const km = farthest > 0 ? farthest / 1000 + 1 : Math.max(fallbackKm, 5);
  return Math.min(Math.ceil(km), MAX_RADIUS_KM);
}

function boundaryPositions(boundary: GeoJSON.Feature | null): GeoJSON.Position[] {
  const g = boundary?.geometry;
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}
