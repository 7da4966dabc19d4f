import 'server-only';
import { notFound } from 'next/navigation';
import { getCouncil, type CouncilProfile } from './council';
import { findTenantBySlug, type TenantEntry } from './directory';

/** The council of a page, from its route param (set by middleware from the host); 404 if none. */
export async function getSiteOrNotFound(slug: string): Promise<{ tenant: TenantEntry; council: CouncilProfile }> {
  const tenant = await findTenantBySlug(slug);
  const council = tenant ? await getCouncil(tenant.id) : null;
  if (!tenant || !council) notFound();
  return { tenant, council };
}
