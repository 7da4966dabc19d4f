import { eq } from 'drizzle-orm';
import { billingAccounts } from '@/db/schema/billing';
import { withTenant } from '@/db/with-tenant';
import { findTenantById } from '@/lib/tenant/directory';
import { isBillingConfigured } from './stripe-client';

export type BillingNotice =
  | { kind: 'past_due'; since: Date | null; portal: boolean }
  | { kind: 'read_only'; since: Date; portal: boolean };

/**
 * What a council's admins must be told about billing (O4): a payment is late (past due), or
 * the site is read-only because it stayed unpaid after the grace period. Null when all is
 * well. For the council's own pages (its admin console, its layout): reads under its RLS.
 */
export async function getBillingNotice(tenantId: string): Promise<BillingNotice | null> {
  const tenant = await findTenantById(tenantId);
  if (!tenant || (tenant.status !== 'past_due' && !tenant.readOnlySince)) return null;
  const [account] = await withTenant(tenantId, (tx) =>
    tx
      .select({ pastDueSince: billingAccounts.pastDueSince, customer: billingAccounts.stripeCustomerId })
      .from(billingAccounts)
      .where(eq(billingAccounts.tenantId, tenantId)),
  );
  const portal = isBillingConfigured() && !!account?.customer;
  if (tenant.readOnlySince) return { kind: 'read_only', since: tenant.readOnlySince, portal };
  return { kind: 'past_due', since: account?.pastDueSince ?? null, portal };
}
