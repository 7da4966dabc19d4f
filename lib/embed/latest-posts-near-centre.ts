import { withTenant } from '@/db/with-tenant';
import { queryNearbyPosts, resolveSearchOrigin, type NearbyPost } from '@/lib/posts/list-nearby-posts';

/** Looked at around the centre: the nearest open posts, of which the newest are shown. */
const CANDIDATES = 50;
const MIN_RADIUS_KM = 10;

/**
 * The embed's list (A11): the newest open posts near the council's centre, through the same
 * public query as the home page (a distance band and a grid cell, never an address), as an
 * anonymous visitor sees them.
 */
export async function listLatestPostsNearCentre(tenantId: string, radiusKm: number, count = 5): Promise<NearbyPost[]> {
  return withTenant(tenantId, async (tx) => {
    const origin = await resolveSearchOrigin(tx, tenantId, null);
    const { posts } = await queryNearbyPosts(tx, tenantId, origin.point, { limit: CANDIDATES, radiusKm: Math.max(radiusKm, MIN_RADIUS_KM) }, null);
    return [...posts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, count);
  });
}
