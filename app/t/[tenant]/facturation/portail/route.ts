import { getCurrentUser } from '@/lib/auth/session';
import { createBillingPortalLink } from '@/lib/billing/portal';
import { log } from '@/lib/log/logger';
import { getRequestOrigin, getRequestTenant } from '@/lib/tenant/request-tenant';

export const dynamic = 'force-dynamic';

/**
 * O4: the council's admins reach Stripe's billing portal (invoices, payment) for their own
 * council's customer. Anyone else gets a 404; when Stripe cannot be reached, back home.
 */
export async function GET() {
  const tenant = await getRequestTenant().catch(() => null);
  if (!tenant) return new Response('Not found', { status: 404 });
  const user = await getCurrentUser(tenant.id);
  if (user?.role !== 'admin') return new Response('Not found', { status: 404 });
  const origin = await getRequestOrigin();
  try {
    return Response.redirect(await createBillingPortalLink(tenant.id, `${origin}/`), 303);
  } catch (error) {
    log('warn', 'billing portal unavailable', { tenantId: tenant.id, error });
    return Response.redirect(`${origin}/`, 303);
  }
}
