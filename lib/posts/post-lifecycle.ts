import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { posts, type Post } from '@/db/schema/posts';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import { invalidateImpactCounters } from '@/lib/stats/impact-counters';
import { DAY_MS, getCouncilSettings, getOwnPostForUpdate, type PostActor } from './save-post';

/** "C'est résolu": the post leaves search and the home page, and counts as answered. */
export async function resolvePost(tx: Tx, actor: PostActor, postId: string) {
  const post = await getOwnPostForUpdate(tx, actor, postId);
  if (post.status === 'resolved') return post;
  const [row] = await tx
    .update(posts)
    .set({ status: 'resolved', resolvedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(posts.tenantId, actor.tenantId), eq(posts.id, postId)))
    .returning();
  afterCommit(tx, () => invalidateImpactCounters(actor.tenantId));
  return row!;
}

export function canRenew(post: Pick<Post, 'status'>) {
  return post.status === 'open' || post.status === 'expired';
}

/**
 * Another full period from now, for an open or expired post (an expired one is open again).
 * The single place that renews: the author's button and the emailed link both come here.
 */
export async function renewPostRow(tx: Tx, tenantId: string, post: Post, m: Messages) {
  if (!canRenew(post)) throw new AppError('validation', `post ${post.id} is ${post.status}`, { _: m.post.cannotRenew });
  const { postExpiryDays } = await getCouncilSettings(tx, tenantId);
  const [row] = await tx
    .update(posts)
    .set({ status: 'open', expiresAt: new Date(Date.now() + postExpiryDays * DAY_MS), updatedAt: new Date() })
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, post.id)))
    .returning();
  afterCommit(tx, () => invalidateImpactCounters(tenantId));
  return row!;
}

export async function renewPost(tx: Tx, actor: PostActor, postId: string, m: Messages) {
  const post = await getOwnPostForUpdate(tx, actor, postId);
  return renewPostRow(tx, actor.tenantId, post, m);
}

/** Deleted for good (no conversation refers to posts yet; R7 will anonymise instead). */
export async function deletePost(tx: Tx, actor: PostActor, postId: string) {
  await getOwnPostForUpdate(tx, actor, postId);
  await tx.delete(posts).where(and(eq(posts.tenantId, actor.tenantId), eq(posts.id, postId), eq(posts.authorId, actor.userId)));
  afterCommit(tx, () => invalidateImpactCounters(actor.tenantId));
}
