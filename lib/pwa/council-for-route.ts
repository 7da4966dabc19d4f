import 'server-only';
import { getCouncil, type CouncilProfile } from '@/lib/tenant/council';
import { findTenantBySlug, type TenantEntry } from '@/lib/tenant/directory';

/** The council of a route handler under app/t/[tenant] (the slug comes from the host, via middleware). */
export async function councilForRoute(params: Promise<{ tenant: string }>): Promise<{ tenant: TenantEntry; council: CouncilProfile } | null> {
  const tenant = await findTenantBySlug((await params).tenant);
  const council = tenant ? await getCouncil(tenant.id) : null;
  return tenant && council ? { tenant, council } : null;
}

export const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
