import type { BillingAccount } from '@/db/schema/billing';
import type { Tenant } from '@/db/schema/tenants';

/** What we keep of a Stripe subscription, wherever it came from (an event, an API answer). */
export type SubscriptionSnapshot = {
  id: string;
  customer: string;
  status: string;
  /** Stripe's `created` of the subscription. */
  created: Date;
  collectionMethod: string | null;
  planKey: string | null;
  /** When this state was true at Stripe: the event's `created`, or the subscription's own. */
  at: Date;
};

export type BillingEffect = { status?: Tenant['status']; readOnly?: boolean };

export type BillingDecision =
  | { apply: false; why: 'stale' | 'older_subscription' }
  | {
      apply: true;
      account: Partial<BillingAccount>;
      /** Undefined when the council's status must not move (manual invoicing, suspended, sandbox…). */
      effect?: BillingEffect;
    };

/**
 * Stripe's subscription status → the council's state (O4):
 * active/trialing → active; past_due → past due (admins see a notice); unpaid (Stripe's grace
 * period is over) → past due and read-only; canceled, incomplete, paused → no automatic change
 * (the operator decides).
 */
export function effectOfStatus(status: string): BillingEffect | undefined {
  switch (status) {
    case 'active':
    case 'trialing':
      return { status: 'active', readOnly: false };
    case 'past_due':
      return { status: 'past_due', readOnly: false };
    case 'unpaid':
      return { status: 'past_due', readOnly: true };
    default:
      return undefined;
  }
}

/**
 * Decides what a subscription snapshot changes, from the snapshot's own timestamps rather than
 * from the order events arrive in: a snapshot older than the state we hold is ignored, and a
 * subscription older than the council's current one never replaces it. Stripe's timestamps
 * are in seconds: two states within the same second are applied in arrival order.
 */
export function decideBillingUpdate(
  account: Pick<BillingAccount, 'stripeSubscriptionId' | 'subscriptionCreatedAt' | 'stateAt' | 'pastDueSince' | 'manualInvoicing'>,
  tenant: Pick<Tenant, 'status' | 'sandboxOf'>,
  snap: SubscriptionSnapshot,
): BillingDecision {
  const sameSubscription = account.stripeSubscriptionId === snap.id;
  if (account.stripeSubscriptionId && !sameSubscription) {
    if (account.subscriptionCreatedAt && snap.created < account.subscriptionCreatedAt) return { apply: false, why: 'older_subscription' };
  } else if (account.stateAt && snap.at < account.stateAt) {
    return { apply: false, why: 'stale' };
  }

  const overdue = snap.status === 'past_due' || snap.status === 'unpaid';
  const patch: Partial<BillingAccount> = {
    stripeSubscriptionId: snap.id,
    stripeCustomerId: snap.customer,
    subscriptionCreatedAt: snap.created,
    subscriptionStatus: snap.status,
    collectionMethod: snap.collectionMethod,
    stateAt: snap.at,
    pastDueSince: overdue ? (sameSubscription && account.pastDueSince ? account.pastDueSince : snap.at) : null,
    ...(snap.planKey ? { planKey: snap.planKey } : {}),
  };

  const operatorDecides = tenant.status === 'suspended' || tenant.status === 'archived';
  if (account.manualInvoicing || operatorDecides || tenant.sandboxOf) return { apply: true, account: patch };
  return { apply: true, account: patch, effect: effectOfStatus(snap.status) };
}
