import { and, eq } from 'drizzle-orm';
import { Resend } from 'resend';
import { emails, type Email } from '@/db/schema/emails';
import { withTenant } from '@/db/with-tenant';
import { listStaleQueuedEmails } from '@/lib/jobs/cross-tenant-scans';
import { getEnv } from '@/lib/env';
import { findTenantById } from '@/lib/tenant/directory';
import { enqueueEmailDelivery } from './queue-email';

/** After this many failed attempts the email is marked failed and left for a human to see. */
export const MAX_EMAIL_ATTEMPTS = 12;

let resend: Resend | null = null;
function getResend(apiKey: string, baseUrl: string | undefined) {
  resend ??= new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return resend;
}

export function senderAddress(fromName: string) {
  const safeName = fromName.replace(/["\\<>\r\n]/g, '');
  return `"${safeName}" <ne-pas-repondre@${getEnv().EMAIL_FROM_DOMAIN}>`;
}

/**
 * Delivers one outbox email: through Resend when a key is configured, otherwise it is kept
 * for the development mailbox. Idempotent: a delivered email is never sent twice (and Resend
 * receives the email id as its idempotency key in case the status update is what failed).
 */
export async function deliverEmail(tenantId: string, emailId: string): Promise<'sent' | 'captured' | 'skipped'> {
  const env = getEnv();
  const email = await withTenant(tenantId, async (tx) => {
    const [row] = await tx
      .select()
      .from(emails)
      .where(and(eq(emails.tenantId, tenantId), eq(emails.id, emailId)));
    return row;
  });
  if (!email || email.status !== 'queued') return 'skipped';

  // A training sandbox (A8) never reaches a real person, whatever the configuration: its
  // emails stay in the mailbox of its own console. Its staff accounts carry real addresses.
  const sandbox = (await findTenantById(tenantId))?.sandboxOf;
  if (!env.RESEND_API_KEY || sandbox) {
    await markEmail(tenantId, emailId, { status: 'captured', sentAt: new Date() });
    return 'captured';
  }

  const { data, error } = await sendThroughResend(env.RESEND_API_KEY, email);
  if (error || !data) {
    const message = error ? `${error.name}: ${error.message}` : 'no response';
    const attempts = email.attempts + 1;
    await markEmail(tenantId, emailId, {
      attempts,
      lastError: message,
      ...(attempts >= MAX_EMAIL_ATTEMPTS ? { status: 'failed' as const } : {}),
    });
    throw new Error(`Resend refused email ${emailId}: ${message}`);
  }
  await markEmail(tenantId, emailId, { status: 'sent', providerId: data.id, sentAt: new Date(), attempts: email.attempts + 1 });
  return 'sent';
}

/**
 * One outbox row through Resend, with its id as idempotency key. Shared by the councils'
 * outbox and the operator's (lib/operator/deliver-operator-email.ts).
 */
export function sendThroughResend(
  apiKey: string,
  email: Pick<Email, 'id' | 'fromName' | 'toAddress' | 'subject' | 'html' | 'text' | 'headers'>,
) {
  const client = getResend(apiKey, getEnv().RESEND_BASE_URL);
  return client.emails.send(
    {
      from: senderAddress(email.fromName),
      to: email.toAddress,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers,
    },
    { idempotencyKey: email.id },
  );
}

async function markEmail(tenantId: string, emailId: string, values: Partial<typeof emails.$inferInsert>) {
  await withTenant(tenantId, (tx) =>
    tx
      .update(emails)
      .set(values)
      .where(and(eq(emails.tenantId, tenantId), eq(emails.id, emailId))),
  );
}

/**
 * Re-queues outbox emails that have waited more than a minute (the process stopped between the
 * commit and the job, or the job gave up while Resend was down). Runs every minute.
 */
export async function sweepOutbox(): Promise<number> {
  const stale = await listStaleQueuedEmails();
  for (const e of stale) await enqueueEmailDelivery(e.tenantId, e.id);
  return stale.length;
}
