import { readGlobal } from '@/db/with-tenant';
import { tenants, type Tenant } from '@/db/schema/tenants';
import { processCache } from '@/lib/cache/process-cache';

export type TenantEntry = Pick<Tenant, 'id' | 'slug' | 'customDomain' | 'status' | 'readOnlySince' | 'sandboxOf'>;

export type TenantDirectory = {
  byId: ReadonlyMap<string, TenantEntry>;
  bySlug: ReadonlyMap<string, TenantEntry>;
  /** normalised custom domain → slug, as resolveHost expects it */
  customDomains: ReadonlyMap<string, string>;
};

/** Re-read every few seconds: hundreds of councils fit in one small query. */
const DIRECTORY_TTL_MS = 3_000;
const cache = processCache<TenantDirectory>('tenant-directory', DIRECTORY_TTL_MS);

export function getTenantDirectory(): Promise<TenantDirectory> {
  return cache.get('all', loadDirectory);
}

export function invalidateTenantDirectory() {
  cache.clear();
}

async function loadDirectory(): Promise<TenantDirectory> {
  const rows = await readGlobal((db) =>
    db
      .select({
        id: tenants.id,
        slug: tenants.slug,
        customDomain: tenants.customDomain,
        status: tenants.status,
        readOnlySince: tenants.readOnlySince,
        sandboxOf: tenants.sandboxOf,
      })
      .from(tenants),
  );
  return {
    byId: new Map(rows.map((r) => [r.id, r])),
    bySlug: new Map(rows.map((r) => [r.slug, r])),
    customDomains: new Map(rows.filter((r) => r.customDomain).map((r) => [r.customDomain!.toLowerCase(), r.slug])),
  };
}

export async function findTenantBySlug(slug: string): Promise<TenantEntry | null> {
  return (await getTenantDirectory()).bySlug.get(slug) ?? null;
}

export async function findTenantById(id: string): Promise<TenantEntry | null> {
  return (await getTenantDirectory()).byId.get(id) ?? null;
}

/** Councils whose site is closed to residents. */
export function isTenantClosed(entry: Pick<Tenant, 'status'>) {
  return entry.status === 'suspended' || entry.status === 'archived';
}

/**
 * Whether anyone may publish on this council's site: not while it is closed, nor while it is
 * read-only because its subscription is unpaid after the grace period (O4). Reading, and
 * talking about existing posts, stay open in read-only mode.
 */
export function canPublish(tenant: Pick<Tenant, 'status' | 'readOnlySince'>): boolean {
  return !isTenantClosed(tenant) && tenant.readOnlySince === null;
}
