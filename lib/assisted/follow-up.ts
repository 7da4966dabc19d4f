import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assistedRequests } from '@/db/schema/assisted-requests';
import { conversations, helps } from '@/db/schema/conversations';
import { posts } from '@/db/schema/posts';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import {
  chooseHelper,
  getConversation,
  listMessages,
  markConversationRead,
  markDone,
  sendMessage,
  shareAddress,
} from '@/lib/messages/conversations';
import type { NotifyContext } from '@/lib/notifications/notify';
import { renewPostRow, resolvePost } from '@/lib/posts/post-lifecycle';
import { isCouncilAccount } from './council-account';

/**
 * Staff follow a request in the council's name (A5): every conversation about an assisted
 * need is between a neighbour and the council's account, so any agent or admin can pick it up
 * — the guichet is a shared inbox. Each function checks that the request is this council's,
 * that the conversation is about that request's post, then acts as the council's account
 * through the same code residents use (R7), so the neighbour's side works unchanged.
 */
async function loadRequest(tx: Tx, tenantId: string, requestId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new AppError('not_found');
  const [row] = await tx
    .select({ request: assistedRequests, post: posts })
    .from(assistedRequests)
    .innerJoin(posts, and(eq(posts.tenantId, assistedRequests.tenantId), eq(posts.id, assistedRequests.postId)))
    .where(and(eq(assistedRequests.tenantId, tenantId), eq(assistedRequests.id, requestId)))
    .for('update', { of: assistedRequests });
  if (!row) throw new AppError('not_found');
  // The post belongs to the council's account; anything else would mean acting as a resident.
  if (!(await isCouncilAccount(tx, tenantId, row.post.authorId))) throw new AppError('not_found', 'post not authored by the council');
  return { ...row, councilAccountId: row.post.authorId };
}

async function checkConversation(tx: Tx, tenantId: string, postId: string, conversationId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(conversationId)) throw new AppError('not_found');
  const [c] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId), eq(conversations.postId, postId)));
  if (!c) throw new AppError('not_found');
}

/** A conversation of the request as staff see it; reading it marks it read for the whole team. */
export async function openAssistedConversation(tx: Tx, tenantId: string, requestId: string, conversationId: string) {
  const { request, post, councilAccountId } = await loadRequest(tx, tenantId, requestId);
  await checkConversation(tx, tenantId, post.id, conversationId);
  const view = await getConversation(tx, tenantId, councilAccountId, conversationId);
  const list = await listMessages(tx, tenantId, councilAccountId, conversationId);
  await markConversationRead(tx, tenantId, councilAccountId, conversationId);
  return { request, post, view, messages: list };
}

export async function sendAssistedMessage(tx: Tx, ctx: NotifyContext, requestId: string, conversationId: string, body: string) {
  const tenantId = ctx.council.tenantId;
  const { post, councilAccountId } = await loadRequest(tx, tenantId, requestId);
  await checkConversation(tx, tenantId, post.id, conversationId);
  return sendMessage(tx, ctx, councilAccountId, conversationId, body);
}

export async function chooseAssistedHelper(tx: Tx, tenantId: string, requestId: string, conversationId: string) {
  const { post, councilAccountId } = await loadRequest(tx, tenantId, requestId);
  await checkConversation(tx, tenantId, post.id, conversationId);
  await chooseHelper(tx, tenantId, councilAccountId, conversationId);
}

/**
 * The person agreed that their address goes to the neighbour chosen to help (consent recorded
 * with the request): only to that neighbour, only in that conversation.
 */
export async function shareAssistedAddress(tx: Tx, tenantId: string, requestId: string, conversationId: string) {
  const { request, post, councilAccountId } = await loadRequest(tx, tenantId, requestId);
  await checkConversation(tx, tenantId, post.id, conversationId);
  const [help] = await tx.select().from(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.postId, post.id)));
  if (!help || help.conversationId !== conversationId) throw new AppError('forbidden', 'address goes to the chosen helper only');
  await shareAddress(tx, tenantId, councilAccountId, conversationId, request.requesterAddress);
}

async function markClosed(tx: Tx, tenantId: string, requestId: string, staffId: string) {
  await tx
    .update(assistedRequests)
    .set({ closedAt: new Date(), closedBy: staffId })
    .where(and(eq(assistedRequests.tenantId, tenantId), eq(assistedRequests.id, requestId)));
}

/** "C'est fait" for the chosen neighbour, with the person's thanks if they gave some. */
export async function completeAssistedRequest(tx: Tx, tenantId: string, staffId: string, requestId: string, conversationId: string, thanks?: string) {
  const { post, councilAccountId } = await loadRequest(tx, tenantId, requestId);
  await checkConversation(tx, tenantId, post.id, conversationId);
  await markDone(tx, tenantId, councilAccountId, conversationId, thanks);
  await markClosed(tx, tenantId, requestId, staffId);
}

/** No longer needed (solved otherwise, or the person changed their mind): the post leaves the site. */
export async function closeAssistedRequest(tx: Tx, tenantId: string, staffId: string, requestId: string) {
  const { request, post, councilAccountId } = await loadRequest(tx, tenantId, requestId);
  if (request.closedAt || post.status === 'resolved') return;
  await resolvePost(tx, { tenantId, userId: councilAccountId }, post.id);
  await markClosed(tx, tenantId, requestId, staffId);
}

export async function renewAssistedRequest(tx: Tx, tenantId: string, requestId: string, m: Messages) {
  const { request, post } = await loadRequest(tx, tenantId, requestId);
  if (request.closedAt) throw new AppError('validation', 'closed request', { _: m.post.cannotRenew });
  await renewPostRow(tx, tenantId, post, m);
}
