import { eq } from 'drizzle-orm';
import { councils, type Council } from '@/db/schema/councils';
import { withTenant } from '@/db/with-tenant';
import { processCache } from '@/lib/cache/process-cache';

export type CouncilProfile = Omit<Council, 'logoData'> & { hasLogo: boolean; logoVersion: string };

/** Branding changes show on the public site within this delay, on every app server. */
const COUNCIL_TTL_MS = 3_000;
const cache = processCache<CouncilProfile | null>('council-profile', COUNCIL_TTL_MS);

/** The council's identity and branding, cached per tenant for a few seconds. */
export function getCouncil(tenantId: string): Promise<CouncilProfile | null> {
  return cache.get(tenantId, () =>
    withTenant(tenantId, async (tx) => {
      const [row] = await tx.select().from(councils).where(eq(councils.tenantId, tenantId));
      if (!row) return null;
      const { logoData, ...rest } = row;
      return { ...rest, hasLogo: !!logoData, logoVersion: String(row.updatedAt.getTime()) };
    }),
  );
}

export async function getCouncilOrThrow(tenantId: string): Promise<CouncilProfile> {
  const council = await getCouncil(tenantId);
  if (!council) throw new Error(`No council profile for tenant ${tenantId}`);
  return council;
}

export function invalidateCouncil(tenantId: string) {
  cache.delete(tenantId);
}
