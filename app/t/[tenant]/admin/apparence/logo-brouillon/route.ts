import { withTenant } from '@/db/with-tenant';
import { getCurrentUser } from '@/lib/auth/session';
import { getDraftLogo } from '@/lib/staff/branding';
import { rolesFor } from '@/lib/staff/console-sections';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

export const dynamic = 'force-dynamic';

/** The logo of the branding draft (A2), for its preview: only the council's admins see it. */
export async function GET() {
  const tenant = await getRequestTenant().catch(() => null);
  const user = tenant ? await getCurrentUser(tenant.id) : null;
  if (!tenant || !user || !rolesFor('branding').includes(user.role)) return new Response('Not found', { status: 404 });
  const logo = await withTenant(tenant.id, (tx) => getDraftLogo(tx, tenant.id));
  if (!logo) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(logo.data), {
    headers: { 'Content-Type': logo.mime, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
