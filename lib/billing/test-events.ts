import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';

/**
 * Builds Stripe webhook deliveries for tests (vitest and Playwright): an event around a
 * subscription object, and its `Stripe-Signature` header made with the SDK's own test helper.
 */
export function subscriptionEvent(params: {
  type?: 'customer.subscription.created' | 'customer.subscription.updated' | 'customer.subscription.deleted';
  subscriptionId: string;
  customerId: string;
  status: string;
  /** When the event happened (seconds); the subscription's own `created` defaults to a day earlier. */
  created: number;
  subscriptionCreated?: number;
  tenantId?: string;
  collectionMethod?: 'send_invoice' | 'charge_automatically';
}) {
  return {
    id: `evt_${randomBytes(10).toString('hex')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: params.created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: params.type ?? 'customer.subscription.updated',
    data: {
      object: {
        id: params.subscriptionId,
        object: 'subscription',
        customer: params.customerId,
        status: params.status,
        created: params.subscriptionCreated ?? params.created - 86_400,
        collection_method: params.collectionMethod ?? 'send_invoice',
        days_until_due: 30,
        metadata: params.tenantId ? { tenant_id: params.tenantId } : {},
        items: { object: 'list', data: [] },
      },
    },
  };
}

export function signWebhook(payload: string, secret: string): string {
  return new Stripe('sk_test_signing_only').webhooks.generateTestHeaderString({ payload, secret });
}
