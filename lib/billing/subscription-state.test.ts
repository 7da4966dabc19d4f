import { describe, expect, it } from 'vitest';
import { decideBillingUpdate, effectOfStatus, type SubscriptionSnapshot } from './subscription-state';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
const snap = (over: Partial<SubscriptionSnapshot> = {}): SubscriptionSnapshot => ({
  id: 'sub_a',
  customer: 'cus_a',
  status: 'active',
  created: t(0),
  collectionMethod: 'send_invoice',
  planKey: null,
  at: t(10),
  ...over,
});
const fresh = { stripeSubscriptionId: null, subscriptionCreatedAt: null, stateAt: null, pastDueSince: null, manualInvoicing: false };
const council = { status: 'active' as const, sandboxOf: null };

describe('Stripe subscription status → council state (O4)', () => {
  it.each([
    ['active', { status: 'active', readOnly: false }],
    ['trialing', { status: 'active', readOnly: false }],
    ['past_due', { status: 'past_due', readOnly: false }],
    ['unpaid', { status: 'past_due', readOnly: true }],
    ['canceled', undefined],
    ['incomplete', undefined],
    ['paused', undefined],
  ])('%s', (status, effect) => {
    expect(effectOfStatus(status)).toEqual(effect);
  });
});

describe('decideBillingUpdate: from the object’s own timestamps, not arrival order', () => {
  it('applies a first snapshot', () => {
    expect(decideBillingUpdate(fresh, council, snap({ status: 'past_due' }))).toMatchObject({
      apply: true,
      account: { stripeSubscriptionId: 'sub_a', subscriptionStatus: 'past_due', stateAt: t(10), pastDueSince: t(10) },
      effect: { status: 'past_due', readOnly: false },
    });
  });

  it('ignores a snapshot older than the state held, applies an equal or newer one', () => {
    const held = { ...fresh, stripeSubscriptionId: 'sub_a', subscriptionCreatedAt: t(0), stateAt: t(10) };
    expect(decideBillingUpdate(held, council, snap({ at: t(9) }))).toEqual({ apply: false, why: 'stale' });
    expect(decideBillingUpdate(held, council, snap({ at: t(10) })).apply).toBe(true);
    expect(decideBillingUpdate(held, council, snap({ at: t(11) })).apply).toBe(true);
  });

  it('keeps the first day of a late payment while it stays late, and clears it when paid', () => {
    const late = { ...fresh, stripeSubscriptionId: 'sub_a', subscriptionCreatedAt: t(0), stateAt: t(10), pastDueSince: t(10) };
    expect(decideBillingUpdate(late, council, snap({ status: 'unpaid', at: t(20) }))).toMatchObject({ account: { pastDueSince: t(10) } });
    expect(decideBillingUpdate(late, council, snap({ status: 'active', at: t(30) }))).toMatchObject({ account: { pastDueSince: null } });
  });

  it('replaces a subscription only by a newer one', () => {
    const held = { ...fresh, stripeSubscriptionId: 'sub_a', subscriptionCreatedAt: t(5), stateAt: t(50) };
    expect(decideBillingUpdate(held, council, snap({ id: 'sub_old', created: t(1), at: t(60) }))).toEqual({ apply: false, why: 'older_subscription' });
    // A newer subscription wins even with an earlier event time than the old one's last state.
    expect(decideBillingUpdate(held, council, snap({ id: 'sub_new', created: t(6), at: t(40) }))).toMatchObject({ apply: true, account: { stripeSubscriptionId: 'sub_new' } });
  });

  it('records but never moves a council invoiced by hand, suspended, archived, or a sandbox', () => {
    for (const [account, tenant] of [
      [{ ...fresh, manualInvoicing: true }, council],
      [fresh, { status: 'suspended' as const, sandboxOf: null }],
      [fresh, { status: 'archived' as const, sandboxOf: null }],
      [fresh, { status: 'active' as const, sandboxOf: '00000000-0000-4000-8000-000000000001' }],
    ] as const) {
      const decision = decideBillingUpdate(account, tenant, snap({ status: 'unpaid' }));
      expect(decision).toMatchObject({ apply: true, account: { subscriptionStatus: 'unpaid' } });
      expect('effect' in decision && decision.effect).toBeFalsy();
    }
  });
});
