import { desc, eq } from 'drizzle-orm';
import { billingAccounts } from '@/db/schema/billing';
import { councils } from '@/db/schema/councils';
import { tenantStatusChanges } from '@/db/schema/tenant-status-changes';
import { tenants } from '@/db/schema/tenants';
import { withAdmin } from '@/db/with-tenant';
import { findLastExport, findRecentExport } from './export-tenant';

/** Everything the console shows about one council (not a sandbox): identity, status, history, billing, exports. */
export async function getCouncilDetails(slug: string) {
  const base = await withAdmin(async (tx) => {
    const [row] = await tx
      .select({ tenant: tenants, council: { name: councils.name, kind: councils.kind, inseeCode: councils.inseeCode, population: councils.population } })
      .from(tenants)
      .leftJoin(councils, eq(councils.tenantId, tenants.id))
      .where(eq(tenants.slug, slug));
    if (!row || row.tenant.sandboxOf) return null;
    const tenantId = row.tenant.id;
    const [account] = await tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId));
    const sandboxes = await tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants).where(eq(tenants.sandboxOf, tenantId));
    const history = await tx
      .select()
      .from(tenantStatusChanges)
      .where(eq(tenantStatusChanges.tenantId, tenantId))
      .orderBy(desc(tenantStatusChanges.at))
      .limit(50);
    return { ...row, account: account ?? null, sandbox: sandboxes[0] ?? null, history };
  });
  if (!base) return null;
  const [lastExport, recentExport] = await Promise.all([findLastExport(base.tenant.id), findRecentExport(base.tenant.id)]);
  return { ...base, lastExport, recentExport };
}

export async function findCouncilTenant(tenantId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(tenantId)) return null;
  const [row] = await withAdmin((tx) => tx.select().from(tenants).where(eq(tenants.id, tenantId)));
  return row && !row.sandboxOf ? row : null;
}
