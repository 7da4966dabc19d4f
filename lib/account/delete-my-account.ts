import { randomUUID } from 'node:crypto';
import { and, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { councils } from '@/db/schema/councils';
import { conversations, helps, messages } from '@/db/schema/conversations';
import { emails } from '@/db/schema/emails';
import { standingOffers } from '@/db/schema/matching';
import { notificationPreferences, pendingNotifications } from '@/db/schema/notifications';
import { posts } from '@/db/schema/posts';
import { blocks, reports } from '@/db/schema/safety';
import { sessions, users, verificationTokens } from '@/db/schema/users';
import { toMetric } from '@/lib/geo/lambert93';
import { AppError } from '@/lib/errors';

/** What others see in place of a deleted person (their own words stay theirs). */
export const FORMER_MEMBER = 'ancien membre';

/**
 * "Supprimer mon compte" (R10). Afterwards nothing in this council's data names the person:
 * posts nobody answered are deleted; answered ones become empty, hidden shells so the other
 * person's conversation survives and shows "ancien membre"; their messages are emptied; their
 * name is replaced wherever others' text or emails quoted it; every session is deleted, so
 * they are signed out on every device. The account row stays as an anonymous tombstone so
 * conversations keep a valid participant.
 */
export async function deleteMyAccount(tx: Tx, tenantId: string, userId: string) {
  const [me] = await tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!me || me.status === 'deleted') throw new AppError('not_found');
  const [council] = await tx.select().from(councils).where(eq(councils.tenantId, tenantId));

  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
  await tx.delete(verificationTokens).where(and(eq(verificationTokens.tenantId, tenantId), eq(verificationTokens.identifier, me.email)));
  await tx.delete(standingOffers).where(and(eq(standingOffers.tenantId, tenantId), eq(standingOffers.userId, userId)));
  await tx.delete(notificationPreferences).where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.userId, userId)));
  await tx.delete(pendingNotifications).where(and(eq(pendingNotifications.tenantId, tenantId), eq(pendingNotifications.userId, userId)));
  await tx.delete(blocks).where(and(eq(blocks.tenantId, tenantId), or(eq(blocks.blockerId, userId), eq(blocks.blockedId, userId))));
  await tx.delete(emails).where(and(eq(emails.tenantId, tenantId), eq(emails.toAddress, me.email)));
  await tx.update(reports).set({ reason: '' }).where(and(eq(reports.tenantId, tenantId), eq(reports.reporterId, userId)));

  const answered = tx
    .select({ postId: conversations.postId })
    .from(conversations)
    .where(eq(conversations.tenantId, tenantId));
  await tx.delete(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.authorId, userId), notInArray(posts.id, answered)));
  const centre = council ? toMetric({ lat: council.centreLat, lng: council.centreLng }) : { x: 0, y: 0 };
  await tx
    .update(posts)
    .set({
      title: FORMER_MEMBER,
      description: '',
      placeLabel: null,
      placeKind: 'home',
      quartierId: null,
      location: centre,
      searchText: '',
      moderation: 'hidden',
      status: sql`case when ${posts.status} = 'open' then 'expired'::post_status else ${posts.status} end`,
    })
    .where(and(eq(posts.tenantId, tenantId), eq(posts.authorId, userId)));
  await tx
    .update(messages)
    .set({ body: '', kind: 'deleted' })
    .where(and(eq(messages.tenantId, tenantId), eq(messages.senderId, userId)));
  await tx.update(helps).set({ thanks: null }).where(and(eq(helps.tenantId, tenantId), eq(helps.helperId, userId)));
  // Open posts where they had been chosen go back to open for someone else.
  const chosenFor = await tx
    .select({ postId: helps.postId })
    .from(helps)
    .where(and(eq(helps.tenantId, tenantId), eq(helps.helperId, userId), sql`${helps.doneAt} is null`));
  if (chosenFor.length) {
    const ids = chosenFor.map((h) => h.postId);
    await tx.delete(helps).where(and(eq(helps.tenantId, tenantId), inArray(helps.postId, ids)));
    await tx.update(posts).set({ status: 'open' }).where(and(eq(posts.tenantId, tenantId), inArray(posts.id, ids), eq(posts.status, 'in_progress')));
  }

  if (me.name) await scrubName(tx, tenantId, me.name);
  await tx
    .update(users)
    .set({
      email: `${FORMER_MEMBER.replace(' ', '-')}-${randomUUID()}@supprime.invalid`,
      name: null,
      image: null,
      home: null,
      homeLabel: null,
      homeQuartierId: null,
      emailVerified: null,
      charterAcceptedAt: null,
      status: 'deleted',
    })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
}

/** Replaces the display name where other people's text or emails quoted it. */
async function scrubName(tx: Tx, tenantId: string, name: string) {
  const like = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const replaced = (column: unknown) => sql`replace(${column}, ${name}, ${FORMER_MEMBER})`;
  await tx
    .update(messages)
    .set({ body: replaced(messages.body) })
    .where(and(eq(messages.tenantId, tenantId), sql`${messages.body} like ${like}`));
  await tx
    .update(helps)
    .set({ thanks: replaced(helps.thanks) })
    .where(and(eq(helps.tenantId, tenantId), sql`${helps.thanks} like ${like}`));
  await tx
    .update(reports)
    .set({ reason: replaced(reports.reason) })
    .where(and(eq(reports.tenantId, tenantId), sql`${reports.reason} like ${like}`));
  await tx
    .update(emails)
    .set({ subject: replaced(emails.subject), html: replaced(emails.html), text: replaced(emails.text) })
    .where(and(eq(emails.tenantId, tenantId), sql`(${emails.subject} like ${like} or ${emails.html} like ${like} or ${emails.text} like ${like})`));
  await tx
    .update(pendingNotifications)
    .set({ payload: sql`replace(${pendingNotifications.payload}::text, ${name}, ${FORMER_MEMBER})::jsonb` })
    .where(and(eq(pendingNotifications.tenantId, tenantId), sql`${pendingNotifications.payload}::text like ${like}`));
}
