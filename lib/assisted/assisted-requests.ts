import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { assistedRequests } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { conversations, helps, messages } from '@/db/schema/conversations';
import { posts, type Post } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { AppError } from '@/lib/errors';

export type AssistedStatus = 'waiting' | 'answered' | 'in_progress' | 'done' | 'expired' | 'hidden' | 'closed';

/** One word for where a request stands, from its post, its answers and how it ended. */
export function assistedStatus(r: { postStatus: Post['status']; moderation: Post['moderation']; answers: number; helped: boolean }): AssistedStatus {
  if (r.postStatus === 'resolved') return r.helped ? 'done' : 'closed';
  if (r.moderation === 'hidden') return 'hidden';
  if (r.postStatus === 'in_progress') return 'in_progress';
  if (r.postStatus === 'expired') return 'expired';
  return r.answers > 0 ? 'answered' : 'waiting';
}

export type AssistedListItem = {
  id: string;
  postId: string;
  title: string;
  category: string;
  requesterName: string;
  createdAt: Date;
  status: AssistedStatus;
  answers: number;
  unread: number;
  urgent: boolean;
};

/**
 * The guichet's list (A5): to follow (not finished, oldest first — the ones waiting longest
 * come first) or finished (newest first). Staff only: it carries the person's name.
 */
export async function listAssistedRequests(tx: Tx, tenantId: string, tab: 'open' | 'closed'): Promise<AssistedListItem[]> {
  const answers = sql<number>`(select count(*)::int from ${conversations} where ${conversations.tenantId} = ${posts.tenantId} and ${conversations.postId} = ${posts.id})`;
  const unread = sql<number>`(select count(*)::int from ${messages} join ${conversations} on ${conversations.tenantId} = ${messages.tenantId} and ${conversations.id} = ${messages.conversationId}
    where ${conversations.tenantId} = ${posts.tenantId} and ${conversations.postId} = ${posts.id} and ${messages.senderId} <> ${posts.authorId}
    and ${messages.createdAt} > coalesce(${conversations.authorReadAt}, '-infinity'))`;
  const helped = sql<boolean>`exists (select 1 from ${helps} where ${helps.tenantId} = ${posts.tenantId} and ${helps.postId} = ${posts.id} and ${helps.doneAt} is not null)`;
  const finished = sql`(${assistedRequests.closedAt} is not null or ${posts.status} = 'resolved')`;
  const rows = await tx
    .select({
      id: assistedRequests.id,
      postId: posts.id,
      title: posts.title,
      category: categories.label,
      requesterName: assistedRequests.requesterName,
      createdAt: assistedRequests.createdAt,
      postStatus: posts.status,
      moderation: posts.moderation,
      urgency: posts.urgency,
      answers,
      unread,
      helped,
    })
    .from(assistedRequests)
    .innerJoin(posts, and(eq(posts.tenantId, assistedRequests.tenantId), eq(posts.id, assistedRequests.postId)))
    .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
    .where(and(eq(assistedRequests.tenantId, tenantId), tab === 'open' ? sql`not ${finished}` : finished))
    .orderBy(tab === 'open' ? asc(assistedRequests.createdAt) : desc(assistedRequests.createdAt))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    postId: r.postId,
    title: r.title,
    category: r.category,
    requesterName: r.requesterName,
    createdAt: r.createdAt,
    status: assistedStatus({ postStatus: r.postStatus, moderation: r.moderation, answers: r.answers, helped: r.helped }),
    answers: r.answers,
    unread: r.unread,
    urgent: r.urgency === 'urgent',
  }));
}

export type AssistedConversationItem = {
  id: string;
  helperName: string | null;
  former: boolean;
  lastMessageAt: Date;
  unread: number;
  chosen: boolean;
  done: boolean;
};

const recorder = alias(users, 'recorder');
const consentTaker = alias(users, 'consent_taker');

/** One request with its private details and its conversations; not_found for any other id. */
export async function getAssistedRequest(tx: Tx, tenantId: string, requestId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new AppError('not_found');
  const [row] = await tx
    .select({
      request: assistedRequests,
      post: posts,
      category: categories.label,
      recordedByName: recorder.name,
      consentByName: consentTaker.name,
    })
    .from(assistedRequests)
    .innerJoin(posts, and(eq(posts.tenantId, assistedRequests.tenantId), eq(posts.id, assistedRequests.postId)))
    .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
    .innerJoin(recorder, and(eq(recorder.tenantId, assistedRequests.tenantId), eq(recorder.id, assistedRequests.recordedBy)))
    .innerJoin(consentTaker, and(eq(consentTaker.tenantId, assistedRequests.tenantId), eq(consentTaker.id, assistedRequests.consentRecordedBy)))
    .where(and(eq(assistedRequests.tenantId, tenantId), eq(assistedRequests.id, requestId)));
  if (!row) throw new AppError('not_found');
  const [help] = await tx.select().from(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.postId, row.post.id)));
  const convRows = await tx
    .select({
      id: conversations.id,
      helperName: users.name,
      helperStatus: users.status,
      lastMessageAt: conversations.lastMessageAt,
      unread: sql<number>`(select count(*)::int from ${messages} where ${messages.tenantId} = ${conversations.tenantId} and ${messages.conversationId} = ${conversations.id}
        and ${messages.senderId} <> ${conversations.authorId} and ${messages.createdAt} > coalesce(${conversations.authorReadAt}, '-infinity'))`,
    })
    .from(conversations)
    .innerJoin(users, and(eq(users.tenantId, conversations.tenantId), eq(users.id, conversations.responderId)))
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.postId, row.post.id)))
    .orderBy(desc(conversations.lastMessageAt));
  const conversationList: AssistedConversationItem[] = convRows.map((c) => ({
    id: c.id,
    helperName: c.helperStatus === 'deleted' ? null : c.helperName,
    former: c.helperStatus === 'deleted',
    lastMessageAt: c.lastMessageAt,
    unread: c.unread,
    chosen: help?.conversationId === c.id,
    done: help?.conversationId === c.id && !!help.doneAt,
  }));
  const status = assistedStatus({
    postStatus: row.post.status,
    moderation: row.post.moderation,
    answers: conversationList.length,
    helped: !!help?.doneAt,
  });
  return {
    request: row.request,
    post: row.post,
    category: row.category,
    recordedByName: row.recordedByName,
    consentByName: row.consentByName,
    conversations: conversationList,
    status,
  };
}
