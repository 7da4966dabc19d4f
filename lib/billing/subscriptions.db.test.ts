import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingAccounts } from '@/db/schema/billing';
import { councils } from '@/db/schema/councils';
import { createTestBillingAccount, createTestTenant } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { resetEnvForTests } from '@/lib/env';
import { findTenantById } from '@/lib/tenant/directory';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { startFakeStripe, type FakeStripe } from './fake-stripe-server';
import { PLANS, planForPopulation, priceLookupKey } from './plans';
import { createBillingPortalLink } from './portal';
import { BillingError, isBillingConfigured } from './stripe-client';
import { createCheckoutLink, ensureStripeCustomer, INVOICE_DAYS_UNTIL_DUE, startInvoiceSubscription } from './subscriptions';

setupTestDatabase();

let fake: FakeStripe;

function configure(on: boolean) {
  if (on) {
    process.env.STRIPE_SECRET_KEY = fake.secretKey;
    process.env.STRIPE_API_HOST = '127.0.0.1';
    process.env.STRIPE_API_PORT = String(fake.port);
    process.env.STRIPE_API_PROTOCOL = 'http';
  } else {
    for (const k of ['STRIPE_SECRET_KEY', 'STRIPE_API_HOST', 'STRIPE_API_PORT', 'STRIPE_API_PROTOCOL']) delete process.env[k];
  }
  resetEnvForTests();
}

async function accountOf(tenantId: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId)));
  return row;
}

async function setPopulation(tenantId: string, population: number) {
  await withTenant(tenantId, (tx) => tx.update(councils).set({ population }).where(eq(councils.tenantId, tenantId)));
}

beforeAll(async () => {
  fake = await startFakeStripe();
});

afterAll(async () => {
  configure(false);
  await fake.close();
});

describe('plans priced by population band (O4)', () => {
  it('covers every population with increasing prices', () => {
    expect(planForPopulation(1).key).toBe('village');
    expect(planForPopulation(2_000).key).toBe('village');
    expect(planForPopulation(2_001).key).toBe('bourg');
    expect(planForPopulation(35_000).key).toBe('ville');
    expect(planForPopulation(300_000).key).toBe('territoire');
    const prices = PLANS.map((p) => p.yearlyCents);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
  });
});

describe('billing without Stripe keys', () => {
  it('says it is not configured, and the rest works', async () => {
    configure(false);
    expect(isBillingConfigured()).toBe(false);
    const t = await createTestTenant('sans-stripe');
    await expect(startInvoiceSubscription(t.tenantId)).rejects.toMatchObject({ reason: 'not_configured' });
    await expect(createBillingPortalLink(t.tenantId, 'http://sans-stripe.localhost:3000/')).rejects.toMatchObject({ reason: 'not_configured' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('subscriptions through the real Stripe SDK against a local fake', () => {
  let tenantId: string;

  beforeAll(async () => {
    configure(true);
    tenantId = (await createTestTenant('abonnee')).tenantId;
    await setPopulation(tenantId, 35_000);
  });

  it('creates one customer per council, whatever the number of calls', async () => {
    const a = await ensureStripeCustomer(tenantId);
    const b = await ensureStripeCustomer(tenantId);
    expect(a).toBe(b);
    expect([...fake.store.customers.values()].filter((c) => (c.metadata as Record<string, string>).tenant_id === tenantId)).toHaveLength(1);
  });

  it('says Stripe is unreachable, and changes nothing, during an outage', async () => {
    fake.failNext(2); // the SDK retries once
    const error = await startInvoiceSubscription(tenantId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingError);
    expect((error as BillingError).reason).toBe('unreachable');
    expect((await accountOf(tenantId))!.stripeSubscriptionId).toBeNull();
    expect((await findTenantById(tenantId))!.status).toBe('active');
  });

  it('starts a yearly subscription paid by invoice: send_invoice, 30 days, the council’s plan', async () => {
    const before = fake.requests.length;
    const result = await startInvoiceSubscription(tenantId);
    expect(result.plan.key).toBe('ville');
    const created = fake.requests.slice(before).find((r) => r.method === 'POST' && r.path === '/v1/subscriptions')!;
    expect(created.body).toMatchObject({
      collection_method: 'send_invoice',
      days_until_due: String(INVOICE_DAYS_UNTIL_DUE),
      metadata: { tenant_id: tenantId, plan: 'ville' },
    });
    expect(created.idempotencyKey).toMatch(/^subscription-/);
    const price = [...fake.store.prices.values()].find((p) => p.lookup_key === priceLookupKey(planForPopulation(35_000)))!;
    expect(price).toMatchObject({ unit_amount: planForPopulation(35_000).yearlyCents, currency: 'eur', recurring: { interval: 'year' } });
    expect(await accountOf(tenantId)).toMatchObject({ stripeSubscriptionId: result.subscriptionId, subscriptionStatus: 'active', collectionMethod: 'send_invoice', planKey: 'ville' });
  });

  it('refuses a second subscription while one is running', async () => {
    await expect(startInvoiceSubscription(tenantId)).rejects.toMatchObject({ reason: 'refused' });
    expect([...fake.store.subscriptions.values()].filter((s) => (s.metadata as Record<string, string>).tenant_id === tenantId)).toHaveLength(1);
  });

  it('reuses the plan’s price for the next council', async () => {
    const other = (await createTestTenant('autre-ville')).tenantId;
    await setPopulation(other, 20_000);
    const pricesBefore = fake.store.prices.size;
    await startInvoiceSubscription(other);
    expect(fake.store.prices.size).toBe(pricesBefore);
  });

  it('makes a Checkout link for paying by card, tagged with the council', async () => {
    const card = (await createTestTenant('par-carte')).tenantId;
    const url = await createCheckoutLink(card, { success: 'http://par-carte.localhost:3000/?paiement=ok', cancel: 'http://par-carte.localhost:3000/' });
    expect(url).toMatch(new RegExp(`^${fake.url}/checkout/cs_test_`));
    const session = [...fake.store.checkoutSessions.values()].at(-1)!;
    expect(session).toMatchObject({ mode: 'subscription', client_reference_id: card });
    expect((await accountOf(card))!.checkoutUrl).toBe(url);
  });

  it('opens the billing portal for the council’s own customer only', async () => {
    const url = await createBillingPortalLink(tenantId, 'http://abonnee.localhost:3000/');
    expect(url).toMatch(new RegExp(`^${fake.url}/portal/bps_`));
    const portalRequest = fake.requests.filter((r) => r.path === '/v1/billing_portal/sessions').at(-1)!;
    expect(portalRequest.body.customer).toBe((await accountOf(tenantId))!.stripeCustomerId);
    const none = (await createTestTenant('sans-client')).tenantId;
    await expect(createBillingPortalLink(none, 'http://sans-client.localhost:3000/')).rejects.toMatchObject({ reason: 'no_customer' });
  });

  it('never bills a sandbox, nor a council invoiced outside Stripe', async () => {
    const sandbox = await createSandboxFor(tenantId);
    await expect(ensureStripeCustomer(sandbox.sandboxId)).rejects.toMatchObject({ reason: 'sandbox' });
    const manual = (await createTestTenant('hors-stripe')).tenantId;
    await createTestBillingAccount(manual, { manualInvoicing: true });
    await expect(startInvoiceSubscription(manual)).rejects.toMatchObject({ reason: 'manual' });
  });
});
