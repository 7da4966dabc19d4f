import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { announcements, type Announcement } from '@/db/schema/announcements';
import { users } from '@/db/schema/users';
import { afterCommit, withTenant } from '@/db/with-tenant';
import { format } from '@/lib/i18n/messages';
import { sendJob } from '@/lib/jobs/boss';
import { notify } from '@/lib/notifications/notify';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import type { AnnouncementEmailJob } from './announcements';

/** Recipients per job: one transaction stays short, and other jobs get their turn in between. */
export const ANNOUNCEMENT_BATCH = 100;

/**
 * The next recipients after `cursor`, by id: active accounts that signed in at least once,
 * and for a radius, those whose home is inside the circle. `home <@ circle` is answered by the
 * GiST index on users (tenant_id, home), partial on active people with a home.
 */
export async function nextRecipients(tx: Tx, a: Pick<Announcement, 'tenantId' | 'audience' | 'centre' | 'radiusM' | 'emailCursor'>, limit = ANNOUNCEMENT_BATCH) {
  const conditions = [eq(users.tenantId, a.tenantId), eq(users.status, 'active'), isNotNull(users.emailVerified)];
  if (a.emailCursor) conditions.push(gt(users.id, a.emailCursor));
  if (a.audience === 'radius' && a.centre && a.radiusM) {
    conditions.push(isNotNull(users.home), sql`${users.home} <@ circle(point(${a.centre.x}, ${a.centre.y}), ${a.radiusM})`);
  }
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.id))
    .limit(limit);
}

/**
 * One batch of an announcement's emails (the `announcements.email` job). Each recipient hears
 * of it as they chose for announcements (R8): an email with one-click unsubscribe, a line in
 * their daily summary, or nothing. The batch's emails and the cursor move in one transaction,
 * so a retried job carries on where the last committed batch stopped and nobody gets it twice.
 * While recipients remain, the job queues the next batch. An announcement withdrawn meanwhile
 * stops being sent.
 */
export async function sendAnnouncementBatch(job: AnnouncementEmailJob): Promise<{ sent: number; done: boolean }> {
  const council = await getCouncilOrThrow(job.tenantId);
  return withTenant(job.tenantId, async (tx) => {
    const [a] = await tx
      .select()
      .from(announcements)
      .where(and(eq(announcements.tenantId, job.tenantId), eq(announcements.id, job.announcementId)))
      .for('update');
    if (!a || a.emailState !== 'sending') return { sent: 0, done: true };
    if (a.endsAt && a.endsAt.getTime() <= Date.now()) {
      await tx.update(announcements).set({ emailState: 'done' }).where(and(eq(announcements.tenantId, a.tenantId), eq(announcements.id, a.id)));
      return { sent: 0, done: true };
    }
    const recipients = await nextRecipients(tx, a);
    let sent = 0;
    for (const r of recipients) {
      const outcome = await notify(tx, { council, origin: job.origin }, {
        kind: 'announcement',
        recipientId: r.id,
        path: '/',
        dedupeKey: `announcement:${a.id}`,
        content: (m) => ({
          subject: format(m.announcementsAdmin.emailSubject, { title: a.title, council: council.name }),
          paragraphs: [a.title, ...a.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)],
          actionLabel: m.announcementsAdmin.emailAction,
          digestTitle: format(m.announcementsAdmin.emailDigest, { title: a.title }),
        }),
      });
      if (outcome === 'instant' || outcome === 'daily') sent++;
    }
    const done = recipients.length < ANNOUNCEMENT_BATCH;
    const cursor = recipients.at(-1)?.id ?? a.emailCursor;
    await tx
      .update(announcements)
      .set({ emailCursor: cursor, emailedCount: sql`${announcements.emailedCount} + ${sent}`, emailState: done ? 'done' : 'sending' })
      .where(and(eq(announcements.tenantId, a.tenantId), eq(announcements.id, a.id)));
    if (!done) afterCommit(tx, () => sendJob('announcements.email', job, { singletonKey: `${a.id}:${cursor}` }));
    return { sent, done };
  });
}
