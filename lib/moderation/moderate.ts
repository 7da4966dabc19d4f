import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { createElement } from 'react';
import type { Tx } from '@/db/client';
import { messages } from '@/db/schema/conversations';
import { moderationDecisions } from '@/db/schema/moderation';
import { posts } from '@/db/schema/posts';
import { reports } from '@/db/schema/safety';
import { sessions, users } from '@/db/schema/users';
import { afterCommit } from '@/db/with-tenant';
import { emailBranding } from '@/lib/email/branding';
import { queueEmail } from '@/lib/email/queue-email';
import { ModerationDecisionEmail } from '@/lib/email/templates/moderation-decision-email';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import { format, getMessages, isLocale } from '@/lib/i18n/messages';
import { scheduleMatching } from '@/lib/matching/notify-matching-helpers';
import { invalidateImpactCounters } from '@/lib/stats/impact-counters';
import type { CouncilProfile } from '@/lib/tenant/council';

export const REASON_MIN = 3;
export const REASON_MAX = 1000;

export type ModeratorContext = {
  tx: Tx;
  tenantId: string;
  moderatorId: string;
  council: CouncilProfile;
  /** The council's site, for links in the emails. */
  origin: string;
  m: Messages;
};

export type PostDecision = 'approve' | 'hide' | 'restore' | 'dismiss';
export type DecisionResult = { decisionId: string; targetId: string; subjectId: string; previous: string; next: string; reportsClosed: number };

/** What each decision needs the post to be, and what it makes it. */
const POST_TRANSITIONS: Record<PostDecision, { from: readonly string[]; to: 'approved' | 'hidden' | null }> = {
  approve: { from: ['pending'], to: 'approved' },
  hide: { from: ['approved', 'pending'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'approved' },
  dismiss: { from: ['approved', 'pending', 'hidden'], to: null },
};

async function closeReports(ctx: ModeratorContext, targetType: 'post' | 'message' | 'user', targetId: string, status: 'resolved' | 'dismissed') {
  const closed = await ctx.tx
    .update(reports)
    .set({ status, resolvedAt: new Date() })
    .where(and(eq(reports.tenantId, ctx.tenantId), eq(reports.targetType, targetType), eq(reports.targetId, targetId), eq(reports.status, 'open')))
    .returning({ id: reports.id });
  return closed.length;
}

function requireReason(reason: string, m: Messages) {
  if (reason.trim().length < REASON_MIN) throw new AppError('validation', 'reason required', { reason: m.moderationAdmin.reasonRequired });
}

async function recordDecision(
  ctx: ModeratorContext,
  values: { action: typeof moderationDecisions.$inferInsert.action; targetType: 'post' | 'message' | 'user'; targetId: string; subjectId: string; reason: string; previousState: string; reportsClosed: number },
) {
  const [row] = await ctx.tx
    .insert(moderationDecisions)
    .values({ tenantId: ctx.tenantId, moderatorId: ctx.moderatorId, ...values, reason: values.reason.trim() })
    .returning({ id: moderationDecisions.id });
  return row!.id;
}

/**
 * A moderator's decision on a post (A4): approve one waiting, hide one (its reports are then
 * resolved), restore a hidden one (its reports dismissed, so they do not hide it again), or
 * dismiss its reports. The author is told by email, with the reason, except for a dismissal
 * (nothing changed for them). A need that becomes visible for the first time is matched (R6).
 */
export async function decideOnPost(ctx: ModeratorContext, input: { postId: string; action: PostDecision; reason: string }): Promise<DecisionResult> {
  const { tx, tenantId, m } = ctx;
  const reason = input.reason.trim();
  const [post] = await tx
    .select()
    .from(posts)
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, input.postId)))
    .for('update');
  if (!post) throw new AppError('not_found', `post ${input.postId}`);
  const rule = POST_TRANSITIONS[input.action];
  if (!rule.from.includes(post.moderation)) {
    throw new AppError('validation', `cannot ${input.action} a ${post.moderation} post`, { _: m.moderationAdmin.alreadyDecided });
  }
  if (input.action === 'hide') requireReason(reason, m);

  let firstVisible = false;
  if (input.action === 'approve') firstVisible = true;
  if (input.action === 'restore') firstVisible = await neverShown(tx, tenantId, post.id);

  const reportsClosed =
    input.action === 'hide'
      ? await closeReports(ctx, 'post', post.id, 'resolved')
      : input.action === 'restore' || input.action === 'dismiss'
        ? await closeReports(ctx, 'post', post.id, 'dismissed')
        : 0;
  if (input.action === 'dismiss' && reportsClosed === 0) {
    throw new AppError('validation', 'no open report', { _: m.moderationAdmin.alreadyDecided });
  }
  if (rule.to) {
    await tx
      .update(posts)
      .set({ moderation: rule.to })
      .where(and(eq(posts.tenantId, tenantId), eq(posts.id, post.id)));
  }
  const decisionId = await recordDecision(ctx, {
    action: input.action,
    targetType: 'post',
    targetId: post.id,
    subjectId: post.authorId,
    reason,
    previousState: post.moderation,
    reportsClosed,
  });

  if (input.action !== 'dismiss') {
    await emailDecision(ctx, post.authorId, input.action, reason, { title: post.title, path: `/annonces/${post.id}` });
  }
  if (rule.to && firstVisible && post.kind === 'need' && post.status === 'open') {
    const job = { tenantId, postId: post.id, origin: ctx.origin };
    afterCommit(tx, () => scheduleMatching(job));
  }
  afterCommit(tx, () => invalidateImpactCounters(tenantId));
  return { decisionId, targetId: post.id, subjectId: post.authorId, previous: post.moderation, next: rule.to ?? post.moderation, reportsClosed };
}

/**
 * A hidden post never seen by neighbours: it was hidden while still waiting (a pending post
 * hidden by a moderator) and never approved. Reports only ever hide approved posts.
 */
async function neverShown(tx: Tx, tenantId: string, postId: string): Promise<boolean> {
  const decisions = await tx
    .select({ action: moderationDecisions.action, previousState: moderationDecisions.previousState })
    .from(moderationDecisions)
    .where(and(eq(moderationDecisions.tenantId, tenantId), eq(moderationDecisions.targetType, 'post'), eq(moderationDecisions.targetId, postId)))
    .orderBy(desc(moderationDecisions.createdAt));
  if (decisions.some((d) => d.action === 'approve' || d.action === 'restore')) return false;
  const lastHide = decisions.find((d) => d.action === 'hide');
  return lastHide?.previousState === 'pending';
}

/**
 * Closes the open reports about a message or a person: "resolved" when the moderator dealt
 * with it, "dismissed" when it needed nothing. Nobody is emailed.
 */
export async function decideOnReports(
  ctx: ModeratorContext,
  input: { targetType: 'message' | 'user'; targetId: string; action: 'dismiss' | 'resolve'; reason: string },
): Promise<DecisionResult> {
  const { tx, tenantId, m } = ctx;
  let subjectId: string | undefined;
  if (input.targetType === 'message') {
    const [row] = await tx
      .select({ senderId: messages.senderId })
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), eq(messages.id, input.targetId)));
    subjectId = row?.senderId;
  } else {
    const [row] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, input.targetId)));
    subjectId = row?.id;
  }
  if (!subjectId) throw new AppError('not_found', `${input.targetType} ${input.targetId}`);
  const reportsClosed = await closeReports(ctx, input.targetType, input.targetId, input.action === 'resolve' ? 'resolved' : 'dismissed');
  if (reportsClosed === 0) throw new AppError('validation', 'no open report', { _: m.moderationAdmin.alreadyDecided });
  const decisionId = await recordDecision(ctx, {
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    subjectId,
    reason: input.reason,
    previousState: 'reported',
    reportsClosed,
  });
  return { decisionId, targetId: input.targetId, subjectId, previous: 'reported', next: input.action === 'resolve' ? 'resolved' : 'dismissed', reportsClosed };
}

async function getPersonForUpdate(ctx: ModeratorContext, userId: string) {
  const [person] = await ctx.tx
    .select({ id: users.id, role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)))
    .for('update');
  if (!person || person.status === 'deleted') throw new AppError('not_found', `user ${userId}`);
  return person;
}

/**
 * Suspends a resident (A4): they are signed out everywhere at once (their sessions deleted;
 * sign-in already refuses a suspended account), the reports about them are resolved, and they
 * receive the reason by email. Staff are not suspended here: an admin first takes their role.
 */
export async function suspendPerson(ctx: ModeratorContext, input: { userId: string; reason: string }): Promise<DecisionResult> {
  const { tx, tenantId, m } = ctx;
  requireReason(input.reason, m);
  if (input.userId === ctx.moderatorId) throw new AppError('validation', 'self', { _: m.moderationAdmin.cannotSuspendSelf });
  const person = await getPersonForUpdate(ctx, input.userId);
  if (person.role !== 'resident') throw new AppError('validation', 'staff', { _: m.moderationAdmin.cannotSuspendStaff });
  if (person.status !== 'active') throw new AppError('validation', 'already suspended', { _: m.moderationAdmin.alreadyDecided });
  await tx.update(users).set({ status: 'suspended' }).where(and(eq(users.tenantId, tenantId), eq(users.id, person.id)));
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, person.id)));
  // Reports about the person and about their messages are dealt with by the suspension.
  let reportsClosed = await closeReports(ctx, 'user', person.id, 'resolved');
  const theirMessages = tx
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.senderId, person.id)));
  const closed = await tx
    .update(reports)
    .set({ status: 'resolved', resolvedAt: new Date() })
    .where(and(eq(reports.tenantId, tenantId), eq(reports.targetType, 'message'), eq(reports.status, 'open'), inArray(reports.targetId, theirMessages)))
    .returning({ id: reports.id });
  reportsClosed += closed.length;
  const decisionId = await recordDecision(ctx, {
    action: 'suspend',
    targetType: 'user',
    targetId: person.id,
    subjectId: person.id,
    reason: input.reason,
    previousState: 'active',
    reportsClosed,
  });
  await emailDecision(ctx, person.id, 'suspend', input.reason.trim(), null);
  return { decisionId, targetId: person.id, subjectId: person.id, previous: 'active', next: 'suspended', reportsClosed };
}

export async function reinstatePerson(ctx: ModeratorContext, input: { userId: string; reason: string }): Promise<DecisionResult> {
  const { tx, tenantId, m } = ctx;
  const person = await getPersonForUpdate(ctx, input.userId);
  if (person.status !== 'suspended') throw new AppError('validation', 'not suspended', { _: m.moderationAdmin.alreadyDecided });
  await tx.update(users).set({ status: 'active' }).where(and(eq(users.tenantId, tenantId), eq(users.id, person.id)));
  const decisionId = await recordDecision(ctx, {
    action: 'reinstate',
    targetType: 'user',
    targetId: person.id,
    subjectId: person.id,
    reason: input.reason,
    previousState: 'suspended',
    reportsClosed: 0,
  });
  await emailDecision(ctx, person.id, 'reinstate', input.reason.trim(), null);
  return { decisionId, targetId: person.id, subjectId: person.id, previous: 'suspended', next: 'active', reportsClosed: 0 };
}

/** The person concerned hears of the decision in their language, with the reason as written. */
async function emailDecision(
  ctx: ModeratorContext,
  userId: string,
  action: 'approve' | 'hide' | 'restore' | 'suspend' | 'reinstate',
  reason: string,
  post: { title: string; path: string } | null,
) {
  const [person] = await ctx.tx
    .select({ email: users.email, name: users.name, locale: users.locale, status: users.status })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
  if (!person || person.status === 'deleted') return;
  const locale = isLocale(person.locale) ? person.locale : 'fr';
  const t = getMessages(locale).moderationNotice;
  const vars = { council: ctx.council.name, title: post?.title ?? '' };
  const texts = {
    approve: [t.approvedSubject, t.approvedBody],
    hide: [t.hiddenSubject, t.hiddenBody],
    restore: [t.restoredSubject, t.restoredBody],
    suspend: [t.suspendedSubject, t.suspendedBody],
    reinstate: [t.reinstatedSubject, t.reinstatedBody],
  }[action];
  const subject = format(texts[0]!, vars);
  // A suspended person cannot sign in: the email links to the site, not to their post.
  const action_ =
    action === 'suspend' ? null : post ? { label: t.seePost, url: `${ctx.origin}${post.path}` } : { label: t.goToSite, url: `${ctx.origin}/` };
  await queueEmail(ctx.tx, ctx.tenantId, {
    kind: `moderation:${action}`,
    to: person.email,
    fromName: ctx.council.name,
    subject,
    body: createElement(ModerationDecisionEmail, {
      branding: emailBranding(ctx.council, ctx.origin, locale),
      preview: subject,
      greeting: person.name ? format(getMessages(locale).notify.greetingNamed, { name: person.name }) : getMessages(locale).notify.greeting,
      decision: format(texts[1]!, vars),
      reason: reason ? { label: t.reasonLabel, text: reason } : null,
      help: format(t.help, vars),
      action: action_,
    }),
  });
}

/** The latest decision on a post, for its author's page (the reason they were told). */
export async function getLatestPostDecision(tx: Tx, tenantId: string, postId: string) {
  const [row] = await tx
    .select({ action: moderationDecisions.action, reason: moderationDecisions.reason, createdAt: moderationDecisions.createdAt })
    .from(moderationDecisions)
    .where(
      and(
        eq(moderationDecisions.tenantId, tenantId),
        eq(moderationDecisions.targetType, 'post'),
        eq(moderationDecisions.targetId, postId),
        sql`${moderationDecisions.action} in ('approve', 'hide', 'restore')`,
      ),
    )
    .orderBy(desc(moderationDecisions.createdAt))
    .limit(1);
  return row ?? null;
}

