import { and, eq, sql, type SQL } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/with-tenant';
import { toMetric, type LatLng, type Metric } from '@/lib/geo/lambert93';
import { distanceBand, snapToGrid, type DistanceBand } from '@/lib/geo/privacy';
import { notBlockedWith } from '@/lib/safety/blocks';
import { foldForSearch } from './search-text';

/**
 * A post as anyone else may see it (R3): a distance band and a 500 m grid cell, never the
 * exact point, the address, the author's id or any contact.
 */
export type NearbyPost = {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  description: string;
  urgency: 'normal' | 'urgent';
  status: 'open' | 'in_progress' | 'resolved' | 'expired';
  whenKind: 'flexible' | 'date' | 'weekly';
  whenDate: string | null;
  whenWeekdays: string[] | null;
  category: { key: string; label: string; icon: string };
  authorName: string;
  isMine: boolean;
  createdAt: Date;
  distanceBand: DistanceBand;
  approximate: LatLng;
};

export type NearbyFilters = {
  kind?: 'need' | 'offer';
  categoryKey?: string;
  /** Free text, matched accent- and case-insensitively on title and description. */
  text?: string;
  radiusKm?: number;
  limit?: number;
  offset?: number;
};

export type NearbyOrigin = { viewerId: string | null };

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_RADIUS_KM = 100;

/** Where "nearest" is measured from: the viewer's home when set, the council's centre otherwise. */
export async function resolveSearchOrigin(tx: Tx, tenantId: string, viewerId: string | null): Promise<{ point: Metric; from: 'home' | 'centre' }> {
  if (viewerId) {
    const [me] = await tx.select({ home: users.home }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, viewerId)));
    if (me?.home) return { point: me.home, from: 'home' };
  }
  const [council] = await tx
    .select({ lat: councils.centreLat, lng: councils.centreLng })
    .from(councils)
    .where(eq(councils.tenantId, tenantId));
  if (!council) throw new Error(`No council profile for tenant ${tenantId}`);
  return { point: toMetric({ lat: council.lat, lng: council.lng }), from: 'centre' };
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Open, visible posts of one council, nearest first, within a radius. The tenant (and category)
 * filter and the `<->` ordering are answered by the partial GiST indexes on
 * (tenant_id, location) and (tenant_id, category_id, location), read nearest-first up to the
 * page size: no scan of the table, no sort (see bench/nearby).
 */
export async function queryNearbyPosts(tx: Tx, tenantId: string, origin: Metric, filters: NearbyFilters, viewerId: string | null) {
  const radiusM = Math.min(filters.radiusKm ?? 10, MAX_RADIUS_KM) * 1000;
  const limit = Math.min(filters.limit ?? DEFAULT_PAGE_SIZE, 100);
  const centre = sql`point(${origin.x}, ${origin.y})`;
  const conditions: SQL[] = [
    eq(posts.tenantId, tenantId),
    sql`${posts.status} = 'open'`,
    sql`${posts.moderation} = 'approved'`,
    // Hidden the moment it expires, whether or not the expiry job has caught up yet.
    sql`${posts.expiresAt} > now()`,
    // A distance test, not `location <@ circle(…)`: Postgres has no statistics for geometric
    // containment and guesses it keeps 0.1 % of rows, so with the circle it prefers reading
    // every open post of the council and sorting them; with the distance test it walks the
    // GiST index nearest-first and stops at the page size (figures: README, bench:nearby).
    sql`(${posts.location} <-> ${centre}) <= ${radiusM}`,
  ];
  if (filters.kind) conditions.push(eq(posts.kind, filters.kind));
  // R9: people who blocked each other do not see each other's posts.
  if (viewerId) conditions.push(notBlockedWith(tenantId, viewerId, posts.authorId));
  // The category as an id the posts index can use (tenant_id, category_id, location), rather
  // than a filter on the joined table, which would make Postgres read the council's posts and sort.
  if (filters.categoryKey) {
    conditions.push(
      sql`${posts.categoryId} = (select ${categories.id} from ${categories} where ${categories.tenantId} = ${tenantId} and ${categories.key} = ${filters.categoryKey})`,
    );
  }
  for (const word of foldForSearch(filters.text ?? '').split(' ').filter((w) => w.length > 0).slice(0, 8)) {
    conditions.push(sql`${posts.searchText} like ${`%${escapeLike(word)}%`}`);
  }
  // The nearest posts first, on the posts table alone (so Postgres walks the GiST index
  // nearest-first and stops at the page), then their category and author for that page only.
  // With the joins in the same query level, the planner may instead read every post of the
  // council category by category and sort them, which grows with the council's size.
  const nearest = tx
    .select({
      tenantId: posts.tenantId,
      id: posts.id,
      kind: posts.kind,
      title: posts.title,
      description: posts.description,
      urgency: posts.urgency,
      status: posts.status,
      whenKind: posts.whenKind,
      whenDate: posts.whenDate,
      whenWeekdays: posts.whenWeekdays,
      categoryId: posts.categoryId,
      authorId: posts.authorId,
      createdAt: posts.createdAt,
      location: posts.location,
      distance: sql<number>`${posts.location} <-> ${centre}`.as('distance'),
    })
    .from(posts)
    .where(and(...conditions))
    .orderBy(sql`${posts.location} <-> ${centre}`)
    .limit(limit + 1)
    .offset(filters.offset ?? 0)
    .as('nearest');
  const rows = await tx
    .select({
      id: nearest.id,
      kind: nearest.kind,
      title: nearest.title,
      description: nearest.description,
      urgency: nearest.urgency,
      status: nearest.status,
      whenKind: nearest.whenKind,
      whenDate: nearest.whenDate,
      whenWeekdays: nearest.whenWeekdays,
      categoryKey: categories.key,
      categoryLabel: categories.label,
      categoryIcon: categories.icon,
      authorId: nearest.authorId,
      authorName: users.name,
      createdAt: nearest.createdAt,
      location: nearest.location,
      distance: sql<number>`${nearest.distance}`.mapWith(Number),
    })
    .from(nearest)
    .innerJoin(categories, and(eq(categories.tenantId, nearest.tenantId), eq(categories.id, nearest.categoryId)))
    .innerJoin(users, and(eq(users.tenantId, nearest.tenantId), eq(users.id, nearest.authorId)))
    .orderBy(nearest.distance);
  const page = rows.slice(0, limit).map(
    (r): NearbyPost => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      urgency: r.urgency,
      status: r.status,
      whenKind: r.whenKind,
      whenDate: r.whenDate,
      whenWeekdays: r.whenWeekdays,
      category: { key: r.categoryKey, label: r.categoryLabel, icon: r.categoryIcon },
      authorName: r.authorName ?? '',
      isMine: r.authorId === viewerId,
      createdAt: r.createdAt,
      distanceBand: distanceBand(r.distance),
      approximate: snapToGrid(r.location),
    }),
  );
  return { posts: page, hasMore: rows.length > limit };
}

/** Nearest open posts for a visitor of this council's site (home page, search page). */
export async function listNearbyPosts(tenantId: string, viewerId: string | null, filters: NearbyFilters = {}) {
  return withTenant(tenantId, async (tx) => {
    const origin = await resolveSearchOrigin(tx, tenantId, viewerId);
    const result = await queryNearbyPosts(tx, tenantId, origin.point, filters, viewerId);
    return { ...result, from: origin.from };
  });
}
