import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { billingAccounts } from '@/db/schema/billing';
import { tenants } from '@/db/schema/tenants';
import { getMessages } from '@/lib/i18n/messages';
import { setTenantState } from '@/lib/operator/tenant-status';
import { effectOfStatus } from './subscription-state';

/**
 * Marks a council as invoiced outside Stripe (a purchase order, a public procurement
 * contract…), or back to Stripe. While on, Stripe events are still recorded but never change
 * the council's status: it is made active and writable now. When switched off, the last
 * subscription state Stripe sent is applied again.
 */
export async function setManualInvoicing(tx: Tx, tenantId: string, on: boolean, actor: string) {
  const [tenant] = await tx.select({ status: tenants.status, sandboxOf: tenants.sandboxOf }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant || tenant.sandboxOf) throw new Error(`setManualInvoicing: no billable council ${tenantId}`);
  await tx
    .insert(billingAccounts)
    .values({ tenantId, manualInvoicing: on })
    .onConflictDoUpdate({ target: billingAccounts.tenantId, set: { manualInvoicing: on, updatedAt: new Date() } });
  const [account] = await tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId));
  const m = getMessages('fr').operator.reasons;
  if (tenant.status === 'suspended' || tenant.status === 'archived') return;
  if (on) {
    await setTenantState(tx, { tenantId, status: 'active', readOnly: false, actor, reason: m.manualOn });
    return;
  }
  const effect = account?.subscriptionStatus ? effectOfStatus(account.subscriptionStatus) : undefined;
  if (effect) await setTenantState(tx, { tenantId, ...effect, actor, reason: m.manualOff });
}
