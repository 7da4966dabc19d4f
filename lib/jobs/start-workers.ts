import { deliverEmail, sweepOutbox } from '@/lib/email/deliver-email';
import { expirePost, sendExpiryReminder } from '@/lib/posts/post-expiry';
import { getBoss } from './boss';
import { scanPostExpiry, type PostJob } from './post-expiry-scan';

type EmailJob = { tenantId: string; emailId: string };

/**
 * Registers every job handler on this process. Called once at server start
 * (instrumentation.ts); any number of app servers may run it, pg-boss hands each job to one.
 */
export async function startWorkers() {
  const boss = await getBoss();
  await boss.work<EmailJob>('email.send', { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverEmail(job.data.tenantId, job.data.emailId);
  });
  await boss.work('email.sweep', { pollingIntervalSeconds: 5 }, async () => {
    await sweepOutbox();
  });
  await boss.schedule('email.sweep', '* * * * *');
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
