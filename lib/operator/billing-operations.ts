import { withAdmin } from '@/db/with-tenant';
import { setManualInvoicing } from '@/lib/billing/manual-invoicing';
import { createBillingPortalLink } from '@/lib/billing/portal';
import { createCheckoutLink, ensureStripeCustomer, startInvoiceSubscription } from '@/lib/billing/subscriptions';
import { recordAudit, type AuditActor } from './audit';

export const BILLING_OPERATIONS = ['customer', 'invoice', 'checkout', 'portal', 'manual_on', 'manual_off'] as const;
export type BillingOperation = (typeof BILLING_OPERATIONS)[number];

/**
 * What the console's billing buttons do (O4), each recorded in the audit log. `site` is the
 * council's own origin, where Stripe sends people back after Checkout or the portal.
 */
export async function runBillingOperation(
  tenant: { id: string; slug: string },
  op: BillingOperation,
  actor: AuditActor,
  site: string,
): Promise<{ link?: string }> {
  switch (op) {
    case 'customer': {
      const customer = await ensureStripeCustomer(tenant.id);
      await withAdmin((tx) => recordAudit(tx, { actor, action: 'billing.customer', tenant, details: { customer } }));
      return {};
    }
    case 'invoice': {
      const { subscriptionId, plan } = await startInvoiceSubscription(tenant.id);
      await withAdmin((tx) => recordAudit(tx, { actor, action: 'billing.subscription', tenant, details: { subscriptionId, plan: plan.key, method: 'send_invoice' } }));
      return {};
    }
    case 'checkout': {
      const link = await createCheckoutLink(tenant.id, { success: `${site}/?abonnement=merci`, cancel: `${site}/` });
      await withAdmin((tx) => recordAudit(tx, { actor, action: 'billing.checkout', tenant }));
      return { link };
    }
    case 'portal':
      return { link: await createBillingPortalLink(tenant.id, `${site}/`) };
    case 'manual_on':
    case 'manual_off': {
      const on = op === 'manual_on';
      await withAdmin(async (tx) => {
        await setManualInvoicing(tx, tenant.id, on, actor.label);
        await recordAudit(tx, { actor, action: 'billing.manual', tenant, details: { manual: on } });
      });
      return {};
    }
  }
}
