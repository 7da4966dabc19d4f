import { and, eq, sql } from 'drizzle-orm';
import { councilAccounts } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { posts, type Post } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { distanceMetres, type LatLng } from '@/lib/geo/lambert93';
import { distanceBand, snapToGrid, type DistanceBand } from '@/lib/geo/privacy';
import { quartierAt } from '@/lib/geo/quartier-at';
import { listQuartiers } from '@/lib/location/list-quartiers';
import { resolveSearchOrigin } from './list-nearby-posts';
import { isBlockedBetween } from '@/lib/safety/blocks';
import { canRenew } from './post-lifecycle';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isPostId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A post page as anyone may see it (R3): a distance band from the viewer's home (or the
 * council's centre), the 500 m grid cell and the quartier it falls in — never the point, the
 * address, the author's id or contact.
 */
export type PublicPostView = {
  id: string;
  kind: Post['kind'];
  title: string;
  description: string;
  urgency: Post['urgency'];
  status: Post['status'];
  whenKind: Post['whenKind'];
  whenDate: string | null;
  whenWeekdays: string[] | null;
  category: { key: string; label: string; icon: string };
  authorName: string;
  /** Recorded at the guichet for a resident (A5): shown as "via la mairie", never a person. */
  viaCouncil: boolean;
  createdAt: Date;
  distanceBand: DistanceBand;
  distanceFrom: 'home' | 'centre';
  approximate: LatLng;
  area: { name: string; inside: boolean } | null;
  isMine: boolean;
};

/** What only the author sees of their own post. */
export type OwnPostDetails = {
  placeKind: Post['placeKind'];
  placeLabel: string | null;
  expiresAt: Date;
  moderation: Post['moderation'];
  categoryKey: string;
  canRenew: boolean;
  canEdit: boolean;
};

export async function getPostForViewer(
  tenantId: string,
  viewerId: string | null,
  postId: string,
): Promise<{ post: PublicPostView; own: OwnPostDetails | null } | null> {
  if (!isPostId(postId)) return null;
  return withTenant(tenantId, async (tx) => {
    const [row] = await tx
      .select({
        post: posts,
        categoryKey: categories.key,
        categoryLabel: categories.label,
        categoryIcon: categories.icon,
        authorName: users.name,
        viaCouncil: sql<boolean>`exists (select 1 from ${councilAccounts} where ${councilAccounts.tenantId} = ${posts.tenantId} and ${councilAccounts.userId} = ${posts.authorId})`,
      })
      .from(posts)
      .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
      .innerJoin(users, and(eq(users.tenantId, posts.tenantId), eq(users.id, posts.authorId)))
      .where(and(eq(posts.tenantId, tenantId), eq(posts.id, postId)));
    if (!row) return null;
    const p = row.post;
    const isMine = viewerId !== null && p.authorId === viewerId;
    if (p.moderation !== 'approved' && !isMine) return null;
    // R9: people who blocked each other do not see each other's posts.
    if (viewerId && !isMine && (await isBlockedBetween(tx, tenantId, viewerId, p.authorId))) return null;
    const origin = await resolveSearchOrigin(tx, tenantId, viewerId);
    const approximate = snapToGrid(p.location);
    const area = quartierAt(approximate, await listQuartiers(tenantId, tx));
    const post: PublicPostView = {
      id: p.id,
      kind: p.kind,
      title: p.title,
      description: p.description,
      urgency: p.urgency,
      status: p.status,
      whenKind: p.whenKind,
      whenDate: p.whenDate,
      whenWeekdays: p.whenWeekdays,
      category: { key: row.categoryKey, label: row.categoryLabel, icon: row.categoryIcon },
      authorName: row.authorName ?? '',
      viaCouncil: row.viaCouncil,
      createdAt: p.createdAt,
      distanceBand: distanceBand(distanceMetres(p.location, origin.point)),
      distanceFrom: origin.from,
      approximate,
      area,
      isMine,
    };
    const own: OwnPostDetails | null = isMine
      ? {
          placeKind: p.placeKind,
          placeLabel: p.placeLabel,
          expiresAt: p.expiresAt,
          moderation: p.moderation,
          categoryKey: row.categoryKey,
          canRenew: canRenew(p),
          canEdit: p.status !== 'resolved',
        }
      : null;
    return { post, own };
  });
}

/** The author's own post with the fields the edit form needs (never the exact point). */
export async function getOwnPostForEdit(tenantId: string, userId: string, postId: string) {
  if (!isPostId(postId)) return null;
  const [row] = await withTenant(tenantId, (tx) =>
    tx
      .select({
        id: posts.id,
        kind: posts.kind,
        categoryKey: categories.key,
        title: posts.title,
        description: posts.description,
        urgency: posts.urgency,
        whenKind: posts.whenKind,
        whenDate: posts.whenDate,
        whenWeekdays: posts.whenWeekdays,
        placeKind: posts.placeKind,
        placeLabel: posts.placeLabel,
        status: posts.status,
      })
      .from(posts)
      .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
      .where(and(eq(posts.tenantId, tenantId), eq(posts.id, postId), eq(posts.authorId, userId))),
  );
  return row ?? null;
}
