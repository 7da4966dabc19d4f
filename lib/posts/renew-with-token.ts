import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { posts } from '@/db/schema/posts';
import { withTenant } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import { renewPostRow } from './post-lifecycle';
import { readRenewToken } from './renew-token';

/**
 * The post an emailed renew link may renew, in this council, or null: a bad or expired
 * signature, another council's link, a post since deleted, renewed or resolved all give null.
 */
export async function findPostForRenewToken(tx: Tx, tenantId: string, token: unknown, options: { lock?: boolean } = {}) {
  const claims = readRenewToken(token);
  if (!claims || claims.tenantId !== tenantId) return null;
  const query = tx
    .select()
    .from(posts)
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, claims.postId)));
  const [post] = options.lock ? await query.for('update') : await query;
  if (!post || post.expiresAt.getTime() !== claims.expiresAt.getTime()) return null;
  if (post.status !== 'open' && post.status !== 'expired') return null;
  return post;
}

/** Renews the one post the link names, once, whoever clicks it (no session needed). */
export async function renewWithToken(tx: Tx, tenantId: string, token: unknown, m: Messages) {
  const post = await findPostForRenewToken(tx, tenantId, token, { lock: true });
  if (!post) throw new AppError('not_found', 'renew link not valid here');
  return renewPostRow(tx, tenantId, post, m);
}

/** For the renew page: the post the link would renew (its title is shown), without changing it. */
export async function peekRenewLink(tenantId: string, token: unknown) {
  return withTenant(tenantId, (tx) => findPostForRenewToken(tx, tenantId, token));
}
