import { and, eq, sql } from 'drizzle-orm';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails } from '@/db/schema/emails';
import { createTestTenant } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { resetEnvForTests } from '@/lib/env';
import { stopBoss } from '@/lib/jobs/boss';
import { startWorkers } from '@/lib/jobs/start-workers';
import { deliverEmail, sweepOutbox } from './deliver-email';
import { startFakeResend } from './fake-resend-server';
import { queueEmail } from './queue-email';

setupTestDatabase();

let fake: Awaited<ReturnType<typeof startFakeResend>>;
let a: { tenantId: string };
let b: { tenantId: string };

async function queue(tenantId: string, to: string, subject = 'Bonjour') {
  return withTenant(tenantId, (tx) =>
    queueEmail(tx, tenantId, {
      kind: 'test',
      to,
      fromName: 'Mairie de Test',
      subject,
      body: createElement('p', null, `Contenu pour ${to}`),
      headers: { 'List-Unsubscribe': '<https://example.org/u>' },
    }),
  );
}

async function statusOf(tenantId: string, id: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(emails).where(and(eq(emails.tenantId, tenantId), eq(emails.id, id))));
  return row!;
}

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_key';
  process.env.RESEND_BASE_URL = fake.url;
  resetEnvForTests();
  a = await createTestTenant('courrier-a');
  b = await createTestTenant('courrier-b');
});

afterAll(async () => {
  await stopBoss();
  await fake.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
});

describe('email through Resend from the outbox (X3)', () => {
  it('sends with the real SDK: branded sender, html and text, headers, idempotency key', async () => {
    const id = await queue(a.tenantId, 'lea@example.org');
    expect(await deliverEmail(a.tenantId, id)).toBe('sent');
    const sent = fake.received.at(-1)!;
    expect(sent).toMatchObject({
      from: '"Mairie de Test" <ne-pas-repondre@coupdemain.localhost>',
      to: 'lea@example.org',
      subject: 'Bonjour',
      headers: { 'List-Unsubscribe': '<https://example.org/u>' },
      idempotencyKey: id,
      authorization: 'Bearer re_test_key',
    });
    expect(sent.html).toContain('Contenu pour lea@example.org');
    expect(sent.text).toContain('Contenu pour lea@example.org');
    expect(await statusOf(a.tenantId, id)).toMatchObject({ status: 'sent', attempts: 1, providerId: `fake_${fake.received.length}` });
  });

  it('keeps an email through an outage and sends it once when Resend is back', async () => {
    const id = await queue(a.tenantId, 'marc@example.org');
    fake.failNext(2);
    await expect(deliverEmail(a.tenantId, id)).rejects.toThrow(/Resend refused/);
    await expect(deliverEmail(a.tenantId, id)).rejects.toThrow(/Resend refused/);
    expect(await statusOf(a.tenantId, id)).toMatchObject({ status: 'queued', attempts: 2 });
    expect(await deliverEmail(a.tenantId, id)).toBe('sent');
    const before = fake.received.length;
    expect(await deliverEmail(a.tenantId, id)).toBe('skipped');
    expect(fake.received.length).toBe(before);
    expect(fake.received.filter((e) => e.to === 'marc@example.org')).toHaveLength(1);
  });

  it('cannot deliver another council’s email', async () => {
    const id = await queue(a.tenantId, 'nina@example.org');
    expect(await deliverEmail(b.tenantId, id)).toBe('skipped');
    expect((await statusOf(a.tenantId, id)).status).toBe('queued');
  });

  it('delivers through the job queue, retrying after a failure', async () => {
    await startWorkers();
    fake.failNext(1, 'queue@example.org');
    const id = await queue(b.tenantId, 'queue@example.org');
    await expect.poll(async () => (await statusOf(b.tenantId, id)).status, { timeout: 25_000, interval: 250 }).toBe('sent');
    expect((await statusOf(b.tenantId, id)).attempts).toBe(2);
    expect(fake.received.filter((e) => e.to === 'queue@example.org')).toHaveLength(1);
  });

  it('re-queues an email left behind when the process stopped before its job was created', async () => {
    const [orphan] = await withAdmin((tx) =>
      tx
        .insert(emails)
        .values({
          tenantId: a.tenantId,
          kind: 'test',
          toAddress: 'orphelin@example.org',
          fromName: 'Mairie',
          subject: 'Perdu ?',
          html: '<p>non</p>',
          text: 'non',
          createdAt: sql`now() - interval '5 minutes'`,
        })
        .returning(),
    );
    expect(await sweepOutbox()).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await statusOf(a.tenantId, orphan!.id)).status, { timeout: 15_000, interval: 250 }).toBe('sent');
  });

  it('keeps emails for the development mailbox when no Resend key is set', async () => {
    delete process.env.RESEND_API_KEY;
    resetEnvForTests();
    try {
      const id = await queue(a.tenantId, 'local@example.org');
      const before = fake.received.length;
      expect(await deliverEmail(a.tenantId, id)).toBe('captured');
      expect(fake.received.length).toBe(before);
    } finally {
      process.env.RESEND_API_KEY = 're_test_key';
      resetEnvForTests();
    }
  });
});
