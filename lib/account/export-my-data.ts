import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories } from '@/db/schema/categories';
import { conversations, helps, messages } from '@/db/schema/conversations';
import { emails } from '@/db/schema/emails';
import { standingOfferCategories, standingOffers } from '@/db/schema/matching';
import { notificationPreferences } from '@/db/schema/notifications';
import { posts } from '@/db/schema/posts';
import { blocks, reports } from '@/db/schema/safety';
import { users } from '@/db/schema/users';
import { toLatLng } from '@/lib/geo/lambert93';
import { AppError } from '@/lib/errors';

/**
 * "Télécharger mes données" (R10): everything this council's site holds about the person, as
 * JSON — their account, exact home, posts, conversations, standing offer, preferences, reports
 * and blocks they made, thanks, and the emails sent to them.
 */
export async function exportMyData(tx: Tx, tenantId: string, userId: string) {
  const [me] = await tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!me) throw new AppError('not_found');
  const myPosts = await tx.select().from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.authorId, userId))).orderBy(asc(posts.createdAt));
  const categoryRows = await tx.select({ id: categories.id, label: categories.label }).from(categories).where(eq(categories.tenantId, tenantId));
  const categoryLabel = new Map(categoryRows.map((c) => [c.id, c.label]));
  const myConversations = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.tenantId, tenantId), or(eq(conversations.authorId, userId), eq(conversations.responderId, userId))));
  const conversationIds = myConversations.map((c) => c.id);
  const allMessages = conversationIds.length
    ? await tx
        .select()
        .from(messages)
        .where(and(eq(messages.tenantId, tenantId), inArray(messages.conversationId, conversationIds)))
        .orderBy(asc(messages.createdAt))
    : [];
  const [offer] = await tx.select().from(standingOffers).where(and(eq(standingOffers.tenantId, tenantId), eq(standingOffers.userId, userId)));
  const offerCategories = await tx
    .select({ categoryId: standingOfferCategories.categoryId })
    .from(standingOfferCategories)
    .where(and(eq(standingOfferCategories.tenantId, tenantId), eq(standingOfferCategories.userId, userId)));
  const position = (p: { x: number; y: number } | null) => (p ? toLatLng(p) : null);

  return {
    exportedAt: new Date().toISOString(),
    account: {
      email: me.email,
      displayName: me.name,
      role: me.role,
      language: me.locale,
      createdAt: me.createdAt,
      charterAcceptedAt: me.charterAcceptedAt,
      home: me.home ? { ...position(me.home), label: me.homeLabel } : null,
    },
    standingOffer: offer
      ? { radiusMetres: offer.radiusM, weekdays: offer.weekdays, categories: offerCategories.map((c) => categoryLabel.get(c.categoryId)) }
      : null,
    notificationPreferences: await tx
      .select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode })
      .from(notificationPreferences)
      .where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.userId, userId))),
    posts: myPosts.map((p) => ({
      id: p.id,
      kind: p.kind,
      category: categoryLabel.get(p.categoryId),
      title: p.title,
      description: p.description,
      urgency: p.urgency,
      when: { kind: p.whenKind, date: p.whenDate, weekdays: p.whenWeekdays },
      place: { kind: p.placeKind, address: p.placeLabel, position: position(p.location) },
      status: p.status,
      createdAt: p.createdAt,
      expiresAt: p.expiresAt,
      resolvedAt: p.resolvedAt,
    })),
    conversations: myConversations.map((c) => ({
      id: c.id,
      postId: c.postId,
      myRole: c.authorId === userId ? 'author' : 'responder',
      createdAt: c.createdAt,
      addressSharedAt: c.addressSharedAt,
      messages: allMessages
        .filter((m) => m.conversationId === c.id)
        .map((m) => ({ fromMe: m.senderId === userId, kind: m.kind, body: m.body, sentAt: m.createdAt })),
    })),
    helps: (await tx.select().from(helps).where(and(eq(helps.tenantId, tenantId), eq(helps.helperId, userId)))).map((h) => ({
      postId: h.postId,
      chosenAt: h.chosenAt,
      doneAt: h.doneAt,
      thanksReceived: h.thanks,
    })),
    reportsMade: (await tx.select().from(reports).where(and(eq(reports.tenantId, tenantId), eq(reports.reporterId, userId)))).map((r) => ({
      target: r.targetType,
      reason: r.reason,
      status: r.status,
      createdAt: r.createdAt,
    })),
    peopleBlocked: (await tx.select().from(blocks).where(and(eq(blocks.tenantId, tenantId), eq(blocks.blockerId, userId)))).length,
    emailsSentToMe: (
      await tx
        .select({ subject: emails.subject, status: emails.status, createdAt: emails.createdAt })
        .from(emails)
        .where(and(eq(emails.tenantId, tenantId), eq(emails.toAddress, me.email)))
    ).map((e) => ({ subject: e.subject, status: e.status, at: e.createdAt })),
  };
}
