import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Tx } from '@/db/client';
import { billingAccounts } from '@/db/schema/billing';
import { tenants } from '@/db/schema/tenants';
import { format, getMessages } from '@/lib/i18n/messages';
import { setTenantState } from '@/lib/operator/tenant-status';
import { findPlan } from './plans';
import { decideBillingUpdate, type SubscriptionSnapshot } from './subscription-state';

export function snapshotOf(subscription: Stripe.Subscription, at: Date): SubscriptionSnapshot {
  const metadataPlan = subscription.metadata?.plan;
  return {
    id: subscription.id,
    customer: typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id,
    status: subscription.status,
    created: new Date(subscription.created * 1000),
    collectionMethod: subscription.collection_method ?? null,
    planKey: findPlan(metadataPlan)?.key ?? null,
    at,
  };
}

/**
 * Applies a subscription's state to its council, in the caller's admin transaction: the
 * billing account is updated and, unless the operator has the last word (manual invoicing,
 * suspended or archived council), the council's status and read-only mode follow.
 */
export async function applySubscriptionSnapshot(
  tx: Tx,
  tenantId: string,
  snap: SubscriptionSnapshot,
): Promise<'applied' | 'stale' | 'older_subscription'> {
  const [tenant] = await tx.select({ status: tenants.status, sandboxOf: tenants.sandboxOf }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw new Error(`applySubscriptionSnapshot: no tenant ${tenantId}`);
  await tx.insert(billingAccounts).values({ tenantId }).onConflictDoNothing();
  const [account] = await tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId)).for('update');
  const decision = decideBillingUpdate(account!, tenant, snap);
  if (!decision.apply) return decision.why;
  await tx
    .update(billingAccounts)
    .set({ ...decision.account, updatedAt: new Date() })
    .where(eq(billingAccounts.tenantId, tenantId));
  if (decision.effect) {
    const m = getMessages('fr').operator.reasons;
    await setTenantState(tx, {
      tenantId,
      ...decision.effect,
      actor: 'stripe',
      reason: format(m.stripeStatus, { status: m.stripeStatuses[snap.status as keyof typeof m.stripeStatuses] ?? snap.status }),
    });
  }
  return 'applied';
}
