import { eq } from 'drizzle-orm';
import { billingAccounts } from '@/db/schema/billing';
import { withTenant } from '@/db/with-tenant';
import { asBillingError, BillingError, getStripe } from './stripe-client';

/**
 * A Stripe billing portal session for the council's admins (invoices, payment method). Reads
 * the council's own billing account under its RLS: a council page can call it; it never
 * reaches another council's customer.
 */
export async function createBillingPortalLink(tenantId: string, returnUrl: string): Promise<string> {
  const stripe = getStripe();
  if (!stripe) throw new BillingError('not_configured');
  const [account] = await withTenant(tenantId, (tx) =>
    tx.select({ customer: billingAccounts.stripeCustomerId }).from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId)),
  );
  if (!account?.customer) throw new BillingError('no_customer');
  try {
    const session = await stripe.billingPortal.sessions.create({ customer: account.customer, return_url: returnUrl, locale: 'fr' });
    return session.url;
  } catch (error) {
    throw asBillingError(error);
  }
}
