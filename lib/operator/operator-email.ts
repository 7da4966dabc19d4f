import { render } from '@react-email/render';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ReactElement } from 'react';
import type { Tx } from '@/db/client';
import { operatorEmails } from '@/db/schema/operators';
import { afterCommit, withAdmin } from '@/db/with-tenant';
import { MAX_EMAIL_ATTEMPTS, sendThroughResend } from '@/lib/email/deliver-email';
import type { EmailBranding } from '@/lib/email/templates/email-layout';
import { getEnv } from '@/lib/env';
import { format, getMessages, type Locale } from '@/lib/i18n/messages';
import { sendJob } from '@/lib/jobs/boss';

/** The platform's own look for operator emails: no council's colours. */
export function operatorEmailBranding(locale: Locale): EmailBranding {
  const m = getMessages(locale);
  return {
    councilName: m.operator.consoleName,
    primary: '#1E3A5F',
    onPrimary: '#FFFFFF',
    logoUrl: null,
    footer: format(m.operator.emailFooter, { product: m.meta.productName }),
    locale,
  };
}

/**
 * The operator's outbox: the same design as a council's (written in the caller's transaction,
 * delivered by a job with retries, swept if left behind) in its own global table.
 */
export async function queueOperatorEmail(
  tx: Tx,
  email: { kind: string; to: string; fromName: string; subject: string; body: ReactElement },
): Promise<string> {
  const [html, text] = await Promise.all([render(email.body), render(email.body, { plainText: true })]);
  const [row] = await tx
    .insert(operatorEmails)
    .values({ kind: email.kind, toAddress: email.to, fromName: email.fromName, subject: email.subject, html, text })
    .returning({ id: operatorEmails.id });
  const id = row!.id;
  afterCommit(tx, () => enqueueOperatorEmail(id));
  return id;
}

export async function enqueueOperatorEmail(emailId: string) {
  await sendJob('operator-email.send', { emailId }, { singletonKey: emailId });
}

/** Delivers one operator email through Resend, or keeps it for the development mailbox. Idempotent. */
export async function deliverOperatorEmail(emailId: string): Promise<'sent' | 'captured' | 'skipped'> {
  const env = getEnv();
  const [email] = await withAdmin((tx) => tx.select().from(operatorEmails).where(eq(operatorEmails.id, emailId)));
  if (!email || email.status !== 'queued') return 'skipped';
  if (!env.RESEND_API_KEY) {
    await mark(emailId, { status: 'captured', sentAt: new Date() });
    return 'captured';
  }
  const { data, error } = await sendThroughResend(env.RESEND_API_KEY, email);
  if (error || !data) {
    const message = error ? `${error.name}: ${error.message}` : 'no response';
    const attempts = email.attempts + 1;
    await mark(emailId, { attempts, lastError: message, ...(attempts >= MAX_EMAIL_ATTEMPTS ? { status: 'failed' as const } : {}) });
    throw new Error(`Resend refused operator email ${emailId}: ${message}`);
  }
  await mark(emailId, { status: 'sent', providerId: data.id, sentAt: new Date(), attempts: email.attempts + 1 });
  return 'sent';
}

async function mark(emailId: string, values: Partial<typeof operatorEmails.$inferInsert>) {
  await withAdmin((tx) => tx.update(operatorEmails).set(values).where(eq(operatorEmails.id, emailId)));
}

/** Re-queues operator emails left behind for more than a minute (runs with the outbox sweeper). */
export async function sweepOperatorOutbox(): Promise<number> {
  const stale = await withAdmin((tx) =>
    tx
      .select({ id: operatorEmails.id })
      .from(operatorEmails)
      .where(and(eq(operatorEmails.status, 'queued'), sql`${operatorEmails.createdAt} < now() - interval '1 minute'`))
      .limit(500),
  );
  for (const e of stale) await enqueueOperatorEmail(e.id);
  return stale.length;
}

/** The operator host's development mailbox. */
export async function listOperatorMailbox(limit = 100) {
  return withAdmin((tx) =>
    tx
      .select({
        id: operatorEmails.id,
        to: operatorEmails.toAddress,
        subject: operatorEmails.subject,
        status: operatorEmails.status,
        createdAt: operatorEmails.createdAt,
      })
      .from(operatorEmails)
      .orderBy(desc(operatorEmails.createdAt))
      .limit(limit),
  );
}

export async function getOperatorMailboxEmail(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await withAdmin((tx) => tx.select().from(operatorEmails).where(eq(operatorEmails.id, id)));
  return row ?? null;
}
