import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { quartiers } from '@/db/schema/quartiers';
import { withTenant } from '@/db/with-tenant';

/** The council's quartiers in its order, with their outlines (for "roughly where" labels). */
export async function listQuartiers(tenantId: string, tx?: Tx) {
  const run = (t: Tx) =>
    t
      .select({ id: quartiers.id, name: quartiers.name, centreLat: quartiers.centreLat, centreLng: quartiers.centreLng, polygon: quartiers.polygon })
      .from(quartiers)
      .where(eq(quartiers.tenantId, tenantId))
      .orderBy(asc(quartiers.position), asc(quartiers.name));
  return tx ? run(tx) : withTenant(tenantId, run);
}
