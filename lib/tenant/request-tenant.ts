import 'server-only';
import { headers } from 'next/headers';
import { AppError } from '@/lib/errors';
import { findTenantById, type TenantEntry } from './directory';
import { CANONICAL_HOST_HEADER, TENANT_ID_HEADER } from './request-tenant-headers';


/** The council of the current request, for server actions and route handlers. */
export async function getRequestTenant(): Promise<TenantEntry> {
  const id = (await headers()).get(TENANT_ID_HEADER);
  const tenant = id ? await findTenantById(id) : null;
  if (!tenant) throw new AppError('not_found', 'No tenant for this request');
  return tenant;
}

/** `https://herblay.example.fr` — built from the request's own host, never from configuration. */
export async function getRequestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get(CANONICAL_HOST_HEADER) ?? h.get('host');
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
