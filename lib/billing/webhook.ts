import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import type { Tx } from '@/db/client';
import { billingAccounts, stripeEvents } from '@/db/schema/billing';
import { tenants } from '@/db/schema/tenants';
import { withAdmin } from '@/db/with-tenant';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log/logger';
import { applySubscriptionSnapshot, snapshotOf } from './apply-subscription';

export type WebhookResult = { status: number; body: { received?: boolean; duplicate?: boolean; outcome?: string; error?: string } };

/** Verifies signatures only: no API call is made, so any placeholder key will do here. */
let verifier: Stripe | null = null;
function getVerifier() {
  verifier ??= new Stripe('sk_webhook_verification_only');
  return verifier;
}

/**
 * One Stripe webhook delivery. The signature is checked on the raw body; the event is stored
 * by id and processed in the same transaction, so a redelivered event is recognised and never
 * processed twice, and an event whose processing failed is not marked as seen (Stripe retries).
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: { error: 'billing_not_configured' } };
  if (!signature) return { status: 400, body: { error: 'missing_signature' } };
  let event: Stripe.Event;
  try {
    event = getVerifier().webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return { status: 400, body: { error: 'invalid_signature' } };
  }

  return withAdmin(async (tx) => {
    const [fresh] = await tx
      .insert(stripeEvents)
      .values({
        id: event.id,
        type: event.type,
        created: event.created,
        outcome: 'processing',
        payload: event as unknown as Record<string, unknown>,
      })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (!fresh) return { status: 200, body: { received: true, duplicate: true } };

    const { outcome, tenantId } = await processEvent(tx, event);
    await tx.update(stripeEvents).set({ outcome, relatedTenantId: tenantId }).where(eq(stripeEvents.id, event.id));
    log('info', 'stripe event', { eventId: event.id, type: event.type, outcome, tenantId });
    return { status: 200, body: { received: true, outcome } };
  });
}

async function processEvent(tx: Tx, event: Stripe.Event): Promise<{ outcome: string; tenantId: string | null }> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
    case 'customer.subscription.paused':
    case 'customer.subscription.resumed': {
      const subscription = event.data.object;
      const snap = snapshotOf(subscription, at);
      const tenantId = await findTenantFor(tx, snap.customer, subscription.metadata?.tenant_id);
      if (!tenantId) return { outcome: 'ignored_unknown_customer', tenantId: null };
      return { outcome: await applySubscriptionSnapshot(tx, tenantId, snap), tenantId };
    }
    case 'checkout.session.completed': {
      const session = event.data.object;
      const customer = typeof session.customer === 'string' ? session.customer : session.customer?.id;
      const tenantId = customer ? await findTenantFor(tx, customer, session.client_reference_id ?? undefined) : null;
      if (!tenantId) return { outcome: 'ignored_unknown_customer', tenantId: null };
      // The subscription's own events carry its status; here the pending Checkout link is used up.
      await tx.update(billingAccounts).set({ checkoutUrl: null, updatedAt: new Date() }).where(eq(billingAccounts.tenantId, tenantId));
      return { outcome: 'checkout_completed', tenantId };
    }
    case 'invoice.paid':
    case 'invoice.payment_failed':
    case 'invoice.overdue': {
      const invoice = event.data.object;
      const customer = typeof invoice.customer === 'string' ? invoice.customer : invoice.customer?.id;
      const tenantId = customer ? await findTenantFor(tx, customer, undefined) : null;
      // Recorded for the history; the subscription events that follow carry the status change.
      return { outcome: tenantId ? 'recorded' : 'ignored_unknown_customer', tenantId };
    }
    default:
      return { outcome: 'ignored_type', tenantId: null };
  }
}

/**
 * The council a Stripe customer belongs to: by the customer id we stored when creating it, or
 * by the tenant id we put in the object's metadata (Checkout may create the link), provided
 * that council has no other customer.
 */
async function findTenantFor(tx: Tx, customerId: string, metadataTenantId: string | undefined): Promise<string | null> {
  const [byCustomer] = await tx
    .select({ tenantId: billingAccounts.tenantId })
    .from(billingAccounts)
    .where(eq(billingAccounts.stripeCustomerId, customerId))
    .limit(1);
  if (byCustomer) return byCustomer.tenantId;
  if (!metadataTenantId || !/^[0-9a-f-]{36}$/i.test(metadataTenantId)) return null;
  const [tenant] = await tx.select({ id: tenants.id, sandboxOf: tenants.sandboxOf }).from(tenants).where(eq(tenants.id, metadataTenantId));
  if (!tenant || tenant.sandboxOf) return null;
  const [account] = await tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenant.id));
  if (account?.stripeCustomerId && account.stripeCustomerId !== customerId) return null;
  await tx
    .insert(billingAccounts)
    .values({ tenantId: tenant.id, stripeCustomerId: customerId })
    .onConflictDoUpdate({ target: billingAccounts.tenantId, set: { stripeCustomerId: customerId, updatedAt: new Date() } });
  return tenant.id;
}
