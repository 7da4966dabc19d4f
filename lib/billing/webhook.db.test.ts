import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingAccounts, stripeEvents } from '@/db/schema/billing';
import { tenantStatusChanges } from '@/db/schema/tenant-status-changes';
import { tenants } from '@/db/schema/tenants';
import { createTestBillingAccount, createTestTenant } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { resetEnvForTests } from '@/lib/env';
import { canPublish, findTenantById, invalidateTenantDirectory } from '@/lib/tenant/directory';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { setManualInvoicing } from './manual-invoicing';
import { getBillingNotice } from './notice';
import { signWebhook, subscriptionEvent } from './test-events';
import { handleStripeWebhook } from './webhook';

setupTestDatabase();

const SECRET = 'whsec_test_secret_for_webhooks';
const T0 = Math.floor(Date.now() / 1000) - 3600;

let council: { tenantId: string };

async function deliver(event: ReturnType<typeof subscriptionEvent>, secret = SECRET) {
  const payload = JSON.stringify(event);
  return handleStripeWebhook(payload, signWebhook(payload, secret));
}

function event(status: string, created: number, extra: Partial<Parameters<typeof subscriptionEvent>[0]> = {}) {
  return subscriptionEvent({ subscriptionId: 'sub_main', customerId: 'cus_main', status, created, subscriptionCreated: T0 - 86_400, ...extra });
}

async function state(tenantId = council.tenantId) {
  const tenant = (await findTenantById(tenantId))!;
  const [account] = await withTenant(tenantId, (tx) => tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId)));
  return { status: tenant.status, readOnly: tenant.readOnlySince !== null, canPublish: canPublish(tenant), account: account! };
}

async function history(tenantId = council.tenantId) {
  return withTenant(tenantId, (tx) => tx.select().from(tenantStatusChanges).where(eq(tenantStatusChanges.tenantId, tenantId)).orderBy(tenantStatusChanges.at));
}

beforeAll(async () => {
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
  resetEnvForTests();
  council = await createTestTenant('payante');
  await withAdmin((tx) => tx.update(tenants).set({ status: 'trial' }).where(eq(tenants.id, council.tenantId)));
  invalidateTenantDirectory();
  await createTestBillingAccount(council.tenantId, { stripeCustomerId: 'cus_main' });
});

afterAll(() => {
  delete process.env.STRIPE_WEBHOOK_SECRET;
  resetEnvForTests();
});

describe('Stripe webhook: verified, idempotent, safe out of order (O4)', () => {
  it('refuses a payload whose signature is wrong or missing, and stores nothing', async () => {
    const e = event('active', T0);
    const payload = JSON.stringify(e);
    expect((await handleStripeWebhook(payload, signWebhook(payload, 'whsec_someone_else'))).status).toBe(400);
    expect((await handleStripeWebhook(payload, null)).status).toBe(400);
    // The signature covers the exact bytes: a re-serialised body is refused.
    const tampered = JSON.stringify({ ...e, data: { object: { ...e.data.object, status: 'unpaid' } } });
    expect((await handleStripeWebhook(tampered, signWebhook(payload, SECRET))).status).toBe(400);
    const stored = await withAdmin((tx) => tx.select().from(stripeEvents).where(eq(stripeEvents.id, e.id)));
    expect(stored).toEqual([]);
    expect((await state()).status).toBe('trial');
  });

  it('answers 503 and changes nothing when no webhook secret is configured', async () => {
    delete process.env.STRIPE_WEBHOOK_SECRET;
    resetEnvForTests();
    try {
      expect((await deliver(event('past_due', T0))).status).toBe(503);
    } finally {
      process.env.STRIPE_WEBHOOK_SECRET = SECRET;
      resetEnvForTests();
    }
    expect((await state()).status).toBe('trial');
  });

  it('activates the council when the subscription is active, with a history row by "stripe"', async () => {
    const result = await deliver(event('active', T0));
    expect(result).toEqual({ status: 200, body: { received: true, outcome: 'applied' } });
    expect(await state()).toMatchObject({ status: 'active', readOnly: false, canPublish: true, account: { subscriptionStatus: 'active', stripeSubscriptionId: 'sub_main' } });
    const rows = await history();
    expect(rows.at(-1)).toMatchObject({ fromStatus: 'trial', toStatus: 'active', actor: 'stripe' });
    expect(await getBillingNotice(council.tenantId)).toBeNull();
  });

  it('past due: the council is past due and its admins get a notice; the site still publishes', async () => {
    await deliver(event('past_due', T0 + 100));
    expect(await state()).toMatchObject({ status: 'past_due', readOnly: false, canPublish: true });
    expect(await getBillingNotice(council.tenantId)).toMatchObject({ kind: 'past_due', since: new Date((T0 + 100) * 1000) });
  });

  it('processes a redelivered event once', async () => {
    const e = event('unpaid', T0 + 200);
    const first = await deliver(e);
    const historyAfterFirst = (await history()).length;
    const second = await deliver(e);
    expect(first.body.outcome).toBe('applied');
    expect(second).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect((await history()).length).toBe(historyAfterFirst);
    const stored = await withAdmin((tx) => tx.select().from(stripeEvents).where(eq(stripeEvents.id, e.id)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ outcome: 'applied', relatedTenantId: council.tenantId, type: 'customer.subscription.updated' });
  });

  it('unpaid after the grace period: read-only, nobody can publish, a notice for everyone', async () => {
    expect(await state()).toMatchObject({ status: 'past_due', readOnly: true, canPublish: false });
    expect(await getBillingNotice(council.tenantId)).toMatchObject({ kind: 'read_only' });
  });

  it('ignores an older state that arrives late', async () => {
    const late = await deliver(event('active', T0 + 150));
    expect(late.body.outcome).toBe('stale');
    expect(await state()).toMatchObject({ status: 'past_due', readOnly: true });
  });

  it('ignores an older subscription of the same council', async () => {
    const old = await deliver(event('canceled', T0 + 300, { subscriptionId: 'sub_old', subscriptionCreated: T0 - 10 * 86_400 }));
    expect(old.body.outcome).toBe('older_subscription');
    expect((await state()).account.stripeSubscriptionId).toBe('sub_main');
  });

  it('paid again: back to active and writable', async () => {
    await deliver(event('active', T0 + 400));
    expect(await state()).toMatchObject({ status: 'active', readOnly: false, canPublish: true, account: { pastDueSince: null } });
    expect(await getBillingNotice(council.tenantId)).toBeNull();
    const changes = (await history()).map((h) => `${h.fromStatus}→${h.toStatus}${h.readOnly === null ? '' : h.readOnly ? '+ro' : '-ro'}`);
    expect(changes).toEqual(['trial→active', 'active→past_due', 'past_due→past_due+ro', 'past_due→active-ro']);
  });

  it('lets manual invoicing override Stripe: events are recorded, the status does not move', async () => {
    await withAdmin((tx) => setManualInvoicing(tx, council.tenantId, true, 'operateur@example.org'));
    await deliver(event('unpaid', T0 + 500));
    expect(await state()).toMatchObject({ status: 'active', readOnly: false, account: { subscriptionStatus: 'unpaid', manualInvoicing: true } });
    // Back to Stripe: its last word applies.
    await withAdmin((tx) => setManualInvoicing(tx, council.tenantId, false, 'operateur@example.org'));
    expect(await state()).toMatchObject({ status: 'past_due', readOnly: true });
    await deliver(event('active', T0 + 600));
    expect(await state()).toMatchObject({ status: 'active', readOnly: false });
  });

  it('never moves a suspended council (the operator decides), but records the subscription', async () => {
    await withAdmin((tx) => tx.update(tenants).set({ status: 'suspended' }).where(eq(tenants.id, council.tenantId)));
    invalidateTenantDirectory();
    await deliver(event('past_due', T0 + 700));
    expect(await state()).toMatchObject({ status: 'suspended', account: { subscriptionStatus: 'past_due' } });
    await withAdmin((tx) => tx.update(tenants).set({ status: 'active' }).where(eq(tenants.id, council.tenantId)));
    invalidateTenantDirectory();
  });

  it('ignores events for unknown customers and for sandboxes', async () => {
    const unknown = await deliver(subscriptionEvent({ subscriptionId: 'sub_x', customerId: 'cus_unknown', status: 'unpaid', created: T0 + 800 }));
    expect(unknown.body.outcome).toBe('ignored_unknown_customer');
    const sandbox = await createSandboxFor(council.tenantId);
    const viaMetadata = await deliver(
      subscriptionEvent({ subscriptionId: 'sub_y', customerId: 'cus_other', status: 'unpaid', created: T0 + 800, tenantId: sandbox.sandboxId }),
    );
    expect(viaMetadata.body.outcome).toBe('ignored_unknown_customer');
    expect((await findTenantById(sandbox.sandboxId))!.readOnlySince).toBeNull();
    // Another council's customer id in the metadata cannot take over this council.
    const hijack = await deliver(
      subscriptionEvent({ subscriptionId: 'sub_z', customerId: 'cus_intruder', status: 'unpaid', created: T0 + 900, tenantId: council.tenantId }),
    );
    expect(hijack.body.outcome).toBe('ignored_unknown_customer');
    expect(await state()).toMatchObject({ status: 'active', readOnly: false, account: { stripeCustomerId: 'cus_main' } });
  });

  it('links a council by the tenant id in the metadata when it has no customer yet', async () => {
    const fresh = await createTestTenant('par-carte');
    const result = await deliver(
      subscriptionEvent({ type: 'customer.subscription.created', subscriptionId: 'sub_card', customerId: 'cus_card', status: 'active', created: T0, tenantId: fresh.tenantId, collectionMethod: 'charge_automatically' }),
    );
    expect(result.body.outcome).toBe('applied');
    const [account] = await withAdmin((tx) => tx.select().from(billingAccounts).where(and(eq(billingAccounts.tenantId, fresh.tenantId))));
    expect(account).toMatchObject({ stripeCustomerId: 'cus_card', stripeSubscriptionId: 'sub_card', collectionMethod: 'charge_automatically' });
  });
});
