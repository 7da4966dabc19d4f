import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { billingAccounts } from '@/db/schema/billing';
import { councils } from '@/db/schema/councils';
import { tenants } from '@/db/schema/tenants';
import { withAdmin } from '@/db/with-tenant';
import { applySubscriptionSnapshot, snapshotOf } from './apply-subscription';
import { CURRENCY, planForPopulation, priceLookupKey, type Plan } from './plans';
import { asBillingError, BillingError, getStripeOrThrow } from './stripe-client';

/** Public bodies pay invoices by bank transfer, with 30 days to pay. */
export const INVOICE_DAYS_UNTIL_DUE = 30;

const LIVE_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid', 'incomplete']);

async function billingContext(tenantId: string) {
  return withAdmin(async (tx) => {
    const [row] = await tx
      .select({ slug: tenants.slug, sandboxOf: tenants.sandboxOf, name: councils.name, population: councils.population, account: billingAccounts })
      .from(tenants)
      .innerJoin(councils, eq(councils.tenantId, tenants.id))
      .leftJoin(billingAccounts, eq(billingAccounts.tenantId, tenants.id))
      .where(eq(tenants.id, tenantId));
    if (!row) throw new Error(`billing: no council ${tenantId}`);
    if (row.sandboxOf) throw new BillingError('sandbox');
    return row;
  });
}

/**
 * The council's Stripe customer, created once (the idempotency key makes a retried creation
 * return the same customer). Called at onboarding when billing is configured.
 */
export async function ensureStripeCustomer(tenantId: string): Promise<string> {
  const ctx = await billingContext(tenantId);
  if (ctx.account?.stripeCustomerId) return ctx.account.stripeCustomerId;
  const stripe = getStripeOrThrow();
  let customer: Stripe.Customer;
  try {
    customer = await stripe.customers.create(
      { name: ctx.name, metadata: { tenant_id: tenantId, slug: ctx.slug }, preferred_locales: ['fr'] },
      { idempotencyKey: `customer-${tenantId}` },
    );
  } catch (error) {
    throw asBillingError(error);
  }
  await withAdmin((tx) =>
    tx
      .insert(billingAccounts)
      .values({ tenantId, stripeCustomerId: customer.id })
      .onConflictDoUpdate({ target: billingAccounts.tenantId, set: { stripeCustomerId: customer.id, updatedAt: new Date() } }),
  );
  return customer.id;
}

/** The Stripe Price of a plan, found by its lookup key or created once. */
async function ensurePrice(stripe: Stripe, plan: Plan): Promise<string> {
  const lookupKey = priceLookupKey(plan);
  const existing = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  if (existing.data[0]) return existing.data[0].id;
  const product = await stripe.products.create(
    { name: `Coup de main — formule ${plan.key}`, metadata: { plan: plan.key } },
    { idempotencyKey: `product-${lookupKey}` },
  );
  const price = await stripe.prices.create(
    {
      product: product.id,
      currency: CURRENCY,
      unit_amount: plan.yearlyCents,
      recurring: { interval: 'year' },
      lookup_key: lookupKey,
      metadata: { plan: plan.key },
    },
    { idempotencyKey: `price-${lookupKey}` },
  );
  return price.id;
}

async function prepare(tenantId: string) {
  const ctx = await billingContext(tenantId);
  if (ctx.account?.manualInvoicing) throw new BillingError('manual');
  if (ctx.account?.stripeSubscriptionId && ctx.account.subscriptionStatus && LIVE_STATUSES.has(ctx.account.subscriptionStatus)) {
    throw new BillingError('refused', { cause: new Error('already subscribed') });
  }
  const stripe = getStripeOrThrow();
  const customer = await ensureStripeCustomer(tenantId);
  const plan = planForPopulation(ctx.population);
  return { stripe, customer, plan };
}

/**
 * Starts the yearly subscription paid by invoice and bank transfer (Stripe Invoicing,
 * `send_invoice`, 30 days). Stripe's answer is applied at once, through the same code as the
 * webhook (dated by the subscription's creation, so any later event about it still counts).
 */
export async function startInvoiceSubscription(tenantId: string): Promise<{ subscriptionId: string; plan: Plan }> {
  const { stripe, customer, plan } = await prepare(tenantId);
  try {
    const price = await ensurePrice(stripe, plan);
    const subscription = await stripe.subscriptions.create(
      {
        customer,
        items: [{ price, quantity: 1 }],
        collection_method: 'send_invoice',
        days_until_due: INVOICE_DAYS_UNTIL_DUE,
        metadata: { tenant_id: tenantId, plan: plan.key },
      },
      // A double click within the same minute creates one subscription, not two.
      { idempotencyKey: `subscription-${tenantId}-${Math.floor(Date.now() / 60_000)}` },
    );
    await withAdmin((tx) => applySubscriptionSnapshot(tx, tenantId, snapshotOf(subscription, new Date(subscription.created * 1000))));
    return { subscriptionId: subscription.id, plan };
  } catch (error) {
    throw asBillingError(error);
  }
}

/**
 * A Stripe Checkout link for paying by card, to send to the council. The subscription it
 * creates reaches us through the webhook (its metadata names the council).
 */
export async function createCheckoutLink(tenantId: string, urls: { success: string; cancel: string }): Promise<string> {
  const { stripe, customer, plan } = await prepare(tenantId);
  try {
    const price = await ensurePrice(stripe, plan);
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer,
      client_reference_id: tenantId,
      line_items: [{ price, quantity: 1 }],
      subscription_data: { metadata: { tenant_id: tenantId, plan: plan.key } },
      locale: 'fr',
      success_url: urls.success,
      cancel_url: urls.cancel,
    });
    if (!session.url) throw new BillingError('refused');
    await withAdmin((tx) =>
      tx.update(billingAccounts).set({ checkoutUrl: session.url, updatedAt: new Date() }).where(eq(billingAccounts.tenantId, tenantId)),
    );
    return session.url;
  } catch (error) {
    throw asBillingError(error);
  }
}
