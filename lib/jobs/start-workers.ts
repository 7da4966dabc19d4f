import { withTenant } from '@/db/with-tenant';
import { purgeExpiredData } from '@/lib/account/purge-expired-data';
import { deliverEmail, sweepOutbox } from '@/lib/email/deliver-email';
import { notifyMatchingHelpers, type MatchingJob } from '@/lib/matching/notify-matching-helpers';
import { emailIfStillUnread } from '@/lib/messages/conversations';
import { sendDailyDigests } from '@/lib/notifications/digest';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { expirePost, sendExpiryReminder } from '@/lib/posts/post-expiry';
import { deliverOperatorEmail, sweepOperatorOutbox } from '@/lib/operator/operator-email';
import { sendAnnouncementBatch } from '@/lib/announcements/email-announcement';
import type { AnnouncementEmailJob } from '@/lib/announcements/announcements';
import { getBoss } from './boss';
import { scanPostExpiry, type PostJob } from './post-expiry-scan';

type EmailJob = { tenantId: string; emailId: string };
type UnreadJob = { tenantId: string; conversationId: string; messageId: string; recipientId: string; origin: string };

/**
 * Registers every job handler on this process. Called once at server start
 * (instrumentation.ts); any number of app servers may run it, pg-boss hands each job to one.
 */
export async function startWorkers() {
  const boss = await getBoss();
  await boss.work<EmailJob>('email.send', { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverEmail(job.data.tenantId, job.data.emailId);
  });
  await boss.work<{ emailId: string }>('operator-email.send', { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverOperatorEmail(job.data.emailId);
  });
  await boss.work('email.sweep', { pollingIntervalSeconds: 5 }, async () => {
    await sweepOutbox();
    await sweepOperatorOutbox();
  });
  await boss.schedule('email.sweep', '* * * * *');

  await boss.work<MatchingJob>('matching.notify', { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await notifyMatchingHelpers(job.data);
  });
  // A6: an announcement's emails, one batch per job; each batch queues the next.
  await boss.work<AnnouncementEmailJob>('announcements.email', { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await sendAnnouncementBatch(job.data);
  });
  await boss.work<UnreadJob>('message.unread-check', { pollingIntervalSeconds: 10 }, async (jobs) => {
    for (const { data } of jobs) {
      const council = await getCouncilOrThrow(data.tenantId);
      await withTenant(data.tenantId, (tx) => emailIfStillUnread(tx, { council, origin: data.origin }, data));
    }
  });
  await boss.work('notifications.digest', { pollingIntervalSeconds: 30 }, async () => {
    await sendDailyDigests();
  });
  await boss.schedule('notifications.digest', '0 8 * * *', undefined, { tz: 'Europe/Paris' });
  await boss.work('retention.purge', { pollingIntervalSeconds: 30 }, async () => {
    await purgeExpiredData();
  });
  await boss.schedule('retention.purge', '30 3 * * *', undefined, { tz: 'Europe/Paris' });
  await boss.work<PostJob>('posts.expiry-reminder', { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await sendExpiryReminder(job.data.tenantId, job.data.postId);
  });
  await boss.work<PostJob>('posts.expire', { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await expirePost(job.data.tenantId, job.data.postId);
  });
  await boss.work('posts.expiry-scan', { pollingIntervalSeconds: 5 }, async () => {
    await scanPostExpiry();
  });
  // Every five minutes: reminders are due days ahead, and search hides a post the second it
  // expires (list-nearby-posts filters on expires_at), so the status only has to catch up.
  await boss.schedule('posts.expiry-scan', '*/5 * * * *');
  return boss;
}
