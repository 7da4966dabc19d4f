import { and, asc, desc, eq, gt, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { conversations, helps, messages } from '@/db/schema/conversations';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { format } from '@/lib/i18n/messages';
import { sendJob } from '@/lib/jobs/boss';
import { notify, type NotifyContext } from '@/lib/notifications/notify';
import { isBlockedBetween } from '@/lib/safety/blocks';

export const MESSAGE_MAX_LENGTH = 2000;
/** A message not read after this long is emailed to its recipient (R8). */
export const UNREAD_EMAIL_DELAY_S = 10 * 60;

type Person = { id: string; name: string | null; status: 'active' | 'suspended' | 'deleted' };

export type ConversationRole = 'author' | 'responder';

export type ConversationView = {
  id: string;
  postId: string;
  postTitle: string;
  postKind: 'need' | 'offer';
  postStatus: 'open' | 'in_progress' | 'resolved' | 'expired';
  role: ConversationRole;
  other: { id: string; name: string | null; former: boolean };
  addressSharedAt: Date | null;
  /** Who was chosen for this post, if anyone (R7): this conversation's partner, or someone else. */
  chosen: 'this' | 'other' | null;
  done: boolean;
};

export type MessageView = { id: string; mine: boolean; kind: string; body: string; createdAt: Date };

async function loadPost(tx: Tx, tenantId: string, postId: string) {
  const [post] = await tx.select().from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.id, postId)));
  return post ?? null;
}

async function loadPerson(tx: Tx, tenantId: string, id: string): Promise<Person | null> {
  const [p] = await tx
    .select({ id: users.id, name: users.name, status: users.status })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return p ?? null;
}

/**
 * "Je peux aider" / "Ça m'intéresse" (R7): opens (or reopens) the private conversation between
 * the post's author and this person. A post whose author chose someone takes no new offers.
 */
export async function startConversation(tx: Tx, ctx: NotifyContext, responderId: string, postId: string): Promise<string> {
  const tenantId = ctx.council.tenantId;
  const post = await loadPost(tx, tenantId, postId);
  if (!post || post.moderation !== 'approved') throw new AppError('not_found');
  if (post.authorId === responderId) throw new AppError('forbidden', 'own post');
  if (await isBlockedBetween(tx, tenantId, post.authorId, responderId)) throw new AppError('not_found');
  const [existing] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.postId, postId), eq(conversations.responderId, responderId)));
  if (existing) return existing.id;
  if (post.status !== 'open') throw new AppError('forbidden', 'post not taking offers');

  const [created] = await tx
    .insert(conversations)
    .values({ tenantId, postId, authorId: post.authorId, responderId })
    .returning({ id: conversations.id });
  const responder = await loadPerson(tx, tenantId, responderId);
  const id = created!.id;
  await notify(tx, ctx, {
    kind: 'response',
    recipientId: post.authorId,
    path: `/messages/${id}`,
    content: (m) => {
      const vars = { name: responder?.name ?? m.conversations.formerMember, title: post.title };
      return {
        subject: format(post.kind === 'need' ? m.notify.responseSubject : m.notify.responseOfferSubject, vars),
        paragraphs: [format(m.notify.responseBody, vars)],
        actionLabel: m.notify.responseAction,
        digestTitle: format(m.notify.responseDigest, vars),
      };
    },
  });
  return id;
}

async function loadParticipation(tx: Tx, tenantId: string, userId: string, conversationId: string) {
  const [c] = await tx
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.tenantId, tenantId),
        eq(conversations.id, conversationId),
        or(eq(conversations.authorId, userId), eq(conversations.responderId, userId)),
      ),
    );
  if (!c) throw new AppError('not_found');
  const role: ConversationRole = c.authorId === userId ? 'author' : 'responder';
  return { conversation: c, role, otherId: role === 'author' ? c.responderId : c.authorId };
}

/** The conversation as one of its two participants sees it; anyone else gets not_found. */
export async function getConversation(tx: Tx, tenantId: string, userId: string, conversationId: string): Promise<ConversationView> {
  const { conversation: c, role, otherId } = await loadParticipation(tx, tenantId, userId, conversationId);
  const post = (await loadPost(tx, tenantId, c.postId))!;
  const other = await loadPerson(tx, tenantId, otherId);
  const [help] = await tx.select().from(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.postId, c.postId)));
  return {
    id: c.id,
    postId: post.id,
    postTitle: post.title,
    postKind: post.kind,
    postStatus: post.status,
    role,
    other: { id: otherId, name: other?.status === 'deleted' ? null : (other?.name ?? null), former: other?.status === 'deleted' },
    addressSharedAt: c.addressSharedAt,
    chosen: help ? (help.conversationId === c.id ? 'this' : 'other') : null,
    done: !!help?.doneAt,
  };
}

export async function listMessages(tx: Tx, tenantId: string, userId: string, conversationId: string, after?: Date): Promise<MessageView[]> {
  await loadParticipation(tx, tenantId, userId, conversationId);
  const rows = await tx
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.tenantId, tenantId),
        eq(messages.conversationId, conversationId),
        after ? gt(messages.createdAt, after) : undefined,
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(500);
  return rows.map((r) => ({ id: r.id, mine: r.senderId === userId, kind: r.kind, body: r.body, createdAt: r.createdAt }));
}

export async function markConversationRead(tx: Tx, tenantId: string, userId: string, conversationId: string) {
  const { role } = await loadParticipation(tx, tenantId, userId, conversationId);
  await tx
    .update(conversations)
    .set(role === 'author' ? { authorReadAt: new Date() } : { responderReadAt: new Date() })
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
}

async function insertMessage(tx: Tx, tenantId: string, conversationId: string, senderId: string, role: ConversationRole, body: string, kind = 'text') {
  const now = new Date();
  const [row] = await tx
    .insert(messages)
    .values({ tenantId, conversationId, senderId, body, kind, createdAt: now })
    .returning({ id: messages.id });
  await tx
    .update(conversations)
    .set({ lastMessageAt: now, ...(role === 'author' ? { authorReadAt: now } : { responderReadAt: now }) })
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  return row!.id;
}

/** Writes a message (R7). The other person is emailed only if they have not read it 10 minutes later. */
export async function sendMessage(tx: Tx, ctx: NotifyContext, senderId: string, conversationId: string, body: string) {
  const tenantId = ctx.council.tenantId;
  const { role, otherId } = await loadParticipation(tx, tenantId, senderId, conversationId);
  const text = body.trim();
  if (!text || text.length > MESSAGE_MAX_LENGTH) throw new AppError('validation', 'message length', { body: 'length' });
  const other = await loadPerson(tx, tenantId, otherId);
  if (!other || other.status === 'deleted') throw new AppError('forbidden', 'former member');
  if (await isBlockedBetween(tx, tenantId, senderId, otherId)) throw new AppError('forbidden', 'blocked');
  const messageId = await insertMessage(tx, tenantId, conversationId, senderId, role, text);
  afterCommit(tx, () =>
    sendJob(
      'message.unread-check',
      { tenantId, conversationId, messageId, recipientId: otherId, origin: ctx.origin },
      { startAfter: UNREAD_EMAIL_DELAY_S },
    ),
  );
  return messageId;
}

/** Unread messages across all of a person's conversations (the header badge). */
export async function countUnreadMessages(tx: Tx, tenantId: string, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.tenantId, messages.tenantId), eq(conversations.id, messages.conversationId)))
    .where(
      and(
        eq(messages.tenantId, tenantId),
        sql`${messages.senderId} <> ${userId}`,
        or(
          and(eq(conversations.authorId, userId), sql`${messages.createdAt} > coalesce(${conversations.authorReadAt}, '-infinity')`),
          and(eq(conversations.responderId, userId), sql`${messages.createdAt} > coalesce(${conversations.responderReadAt}, '-infinity')`),
        ),
      ),
    );
  return row?.n ?? 0;
}

export async function listMyConversations(tx: Tx, tenantId: string, userId: string) {
  const rows = await tx
    .select({
      id: conversations.id,
      postTitle: posts.title,
      postKind: posts.kind,
      postStatus: posts.status,
      authorId: conversations.authorId,
      responderId: conversations.responderId,
      lastMessageAt: conversations.lastMessageAt,
      authorReadAt: conversations.authorReadAt,
      responderReadAt: conversations.responderReadAt,
    })
    .from(conversations)
    .innerJoin(posts, and(eq(posts.tenantId, conversations.tenantId), eq(posts.id, conversations.postId)))
    .where(and(eq(conversations.tenantId, tenantId), or(eq(conversations.authorId, userId), eq(conversations.responderId, userId))))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(200);
  const result = [];
  for (const r of rows) {
    const mineIsAuthor = r.authorId === userId;
    const other = await loadPerson(tx, tenantId, mineIsAuthor ? r.responderId : r.authorId);
    const readAt = mineIsAuthor ? r.authorReadAt : r.responderReadAt;
    const [unread] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(messages)
      .where(
        and(
          eq(messages.tenantId, tenantId),
          eq(messages.conversationId, r.id),
          sql`${messages.senderId} <> ${userId}`,
          readAt ? gt(messages.createdAt, readAt) : undefined,
        ),
      );
    result.push({
      id: r.id,
      postTitle: r.postTitle,
      postKind: r.postKind,
      postStatus: r.postStatus,
      role: (mineIsAuthor ? 'author' : 'responder') as ConversationRole,
      other: { name: other?.status === 'deleted' ? null : (other?.name ?? null), former: other?.status === 'deleted' },
      lastMessageAt: r.lastMessageAt,
      unread: unread?.n ?? 0,
    });
  }
  return result;
}

/**
 * "Partager l'adresse" (R7): only the post's author, only inside the conversation; the address
 * is written as a message that only these two people can read, and the moment is recorded.
 */
export async function shareAddress(tx: Tx, tenantId: string, userId: string, conversationId: string, address: string) {
  const { conversation, role } = await loadParticipation(tx, tenantId, userId, conversationId);
  if (role !== 'author') throw new AppError('forbidden', 'only the author shares the address');
  const text = address.trim();
  if (text.length < 3 || text.length > 300) throw new AppError('validation', 'address length', { address: 'length' });
  if (await isBlockedBetween(tx, tenantId, conversation.authorId, conversation.responderId)) throw new AppError('forbidden', 'blocked');
  await insertMessage(tx, tenantId, conversationId, userId, role, text, 'address');
  await tx
    .update(conversations)
    .set({ addressSharedAt: new Date() })
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
}

/** The address the author may prefill when sharing: the post's own, or their home's label. */
export async function suggestedAddress(tx: Tx, tenantId: string, userId: string, conversationId: string): Promise<string> {
  const { conversation, role } = await loadParticipation(tx, tenantId, userId, conversationId);
  if (role !== 'author') return '';
  const post = await loadPost(tx, tenantId, conversation.postId);
  if (post?.placeKind === 'address' && post.placeLabel) return post.placeLabel;
  const [me] = await tx.select({ homeLabel: users.homeLabel }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return me?.homeLabel ?? '';
}

/** The post's author picks the person of this conversation (R7): the post shows "en cours". */
export async function chooseHelper(tx: Tx, tenantId: string, userId: string, conversationId: string) {
  const { conversation, role } = await loadParticipation(tx, tenantId, userId, conversationId);
  if (role !== 'author') throw new AppError('forbidden');
  const post = (await loadPost(tx, tenantId, conversation.postId))!;
  if (post.status !== 'open') throw new AppError('forbidden', 'post not open');
  const helperId = post.kind === 'need' ? conversation.responderId : conversation.authorId;
  await tx.insert(helps).values({ tenantId, postId: post.id, conversationId, helperId });
  await tx
    .update(posts)
    .set({ status: 'in_progress' })
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, post.id)));
  await insertMessage(tx, tenantId, conversationId, userId, role, 'chosen', 'event');
}

/** "C'est fait" (R7), with an optional thank-you shown on the helper's profile. */
export async function markDone(tx: Tx, tenantId: string, userId: string, conversationId: string, thanks: string | undefined) {
  const { conversation, role } = await loadParticipation(tx, tenantId, userId, conversationId);
  if (role !== 'author') throw new AppError('forbidden');
  const [help] = await tx.select().from(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.postId, conversation.postId)));
  if (!help || help.conversationId !== conversationId || help.doneAt) throw new AppError('forbidden', 'nobody chosen here');
  const text = thanks?.trim() || null;
  if (text && text.length > 500) throw new AppError('validation', 'thanks length', { thanks: 'length' });
  const now = new Date();
  await tx
    .update(helps)
    .set({ doneAt: now, thanks: text })
    .where(and(eq(helps.tenantId, tenantId), eq(helps.postId, conversation.postId)));
  await tx
    .update(posts)
    .set({ status: 'resolved', resolvedAt: now })
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, conversation.postId)));
  await insertMessage(tx, tenantId, conversationId, userId, role, 'done', 'event');
}

/** A chosen helper who can no longer help steps back: the post is open again (R7). */
export async function withdrawHelp(tx: Tx, tenantId: string, userId: string, conversationId: string) {
  const { conversation, role } = await loadParticipation(tx, tenantId, userId, conversationId);
  const [help] = await tx.select().from(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.postId, conversation.postId)));
  if (!help || help.conversationId !== conversationId || help.doneAt || help.helperId !== userId) throw new AppError('forbidden');
  await tx.delete(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.postId, conversation.postId)));
  await tx
    .update(posts)
    .set({ status: 'open' })
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, conversation.postId), eq(posts.status, 'in_progress')));
  await insertMessage(tx, tenantId, conversationId, userId, role, 'withdrawn', 'event');
}

/** The unread-message job: email the recipient if they still have not read it (R8). */
export async function emailIfStillUnread(
  tx: Tx,
  ctx: NotifyContext,
  job: { conversationId: string; messageId: string; recipientId: string },
): Promise<boolean> {
  const tenantId = ctx.council.tenantId;
  const [msg] = await tx
    .select()
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.id, job.messageId)));
  if (!msg) return false;
  const [c] = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, job.conversationId)));
  if (!c || (c.authorId !== job.recipientId && c.responderId !== job.recipientId)) return false;
  const readAt = c.authorId === job.recipientId ? c.authorReadAt : c.responderReadAt;
  if (readAt && readAt >= msg.createdAt) return false;
  // Several unread messages: the job of the latest one sends the single email.
  const [newer] = await tx
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.tenantId, tenantId),
        eq(messages.conversationId, job.conversationId),
        eq(messages.senderId, msg.senderId),
        gt(messages.createdAt, msg.createdAt),
      ),
    )
    .limit(1);
  if (newer) return false;
  const sender = await loadPerson(tx, tenantId, msg.senderId);
  const post = await loadPost(tx, tenantId, c.postId);
  const result = await notify(tx, ctx, {
    kind: 'message',
    recipientId: job.recipientId,
    path: `/messages/${job.conversationId}`,
    content: (m) => {
      const vars = { name: sender?.name ?? m.conversations.formerMember, title: post?.title ?? '' };
      return {
        subject: format(m.notify.messageSubject, vars),
        paragraphs: [format(m.notify.messageBody, vars)],
        actionLabel: m.notify.messageAction,
        digestTitle: format(m.notify.messageDigest, vars),
      };
    },
  });
  return result === 'instant' || result === 'daily';
}
