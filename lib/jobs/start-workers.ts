import { deliverEmail, sweepOutbox } from '@/lib/email/deliver-email';
import { deliverOperatorEmail, sweepOperatorOutbox } from '@/lib/operator/operator-email';
import { getBoss } from './boss';

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
  await boss.work<{ emailId: string }>('operator-email.send', { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverOperatorEmail(job.data.emailId);
  });
  await boss.work('email.sweep', { pollingIntervalSeconds: 5 }, async () => {
    await sweepOutbox();
    await sweepOperatorOutbox();
  });
  await boss.schedule('email.sweep', '* * * * *');
  return boss;
}
