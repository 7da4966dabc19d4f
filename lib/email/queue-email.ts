import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { emails } from '@/db/schema/emails';
import type { Tx } from '@/db/client';
import { afterCommit } from '@/db/with-tenant';
import { sendJob } from '@/lib/jobs/boss';

export type OutgoingEmail = {
  kind: string;
  to: string;
  fromName: string;
  subject: string;
  body: ReactElement;
  headers?: Record<string, string>;
};

/**
 * Writes the email to the outbox inside the caller's transaction: once the action commits,
 * the email cannot be lost. Delivery is a job (retried with backoff); a sweeper re-queues
 * anything left behind if the process stopped in between.
 */
export async function queueEmail(tx: Tx, tenantId: string, email: OutgoingEmail): Promise<string> {
  const [html, text] = await Promise.all([render(email.body), render(email.body, { plainText: true })]);
  const [row] = await tx
    .insert(emails)
    .values({
      tenantId,
      kind: email.kind,
      toAddress: email.to,
      fromName: email.fromName,
      subject: email.subject,
      html,
      text,
      headers: email.headers ?? {},
    })
    .returning({ id: emails.id });
  const id = row!.id;
  afterCommit(tx, () => enqueueEmailDelivery(tenantId, id));
  return id;
}

export async function enqueueEmailDelivery(tenantId: string, emailId: string) {
  await sendJob('email.send', { tenantId, emailId }, { singletonKey: emailId });
}
