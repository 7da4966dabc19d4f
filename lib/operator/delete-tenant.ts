import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tenants } from '@/db/schema/tenants';
import { afterCommit, withAdmin } from '@/db/with-tenant';
import { invalidateCouncil } from '@/lib/tenant/council';
import { invalidateTenantDirectory } from '@/lib/tenant/directory';
import { recordAudit, type AuditActor } from './audit';
import { findRecentExport } from './export-tenant';
import { listTenantTables, quoteIdent } from '@/db/tenant-tables';

export class DeletionRefusedError extends Error {
  constructor(readonly why: 'no_export' | 'confirmation' | 'not_found' | 'sandbox') {
    super(`deletion refused: ${why}`);
    this.name = 'DeletionRefusedError';
  }
}

/**
 * Deletes a council for good (O5): only after an export of less than 24 hours, and only when
 * the operator typed its subdomain. Every row in every table with a tenant_id (read from the
 * catalogue, children first) goes, its sandbox with it, then its directory entry: its host
 * answers 404 at once. The audit log keeps the record (slug, who, when).
 */
export async function deleteTenant(tenantId: string, typedConfirmation: string, actor: AuditActor) {
  const [tenant] = await withAdmin((tx) => tx.select().from(tenants).where(eq(tenants.id, tenantId)));
  if (!tenant) throw new DeletionRefusedError('not_found');
  if (tenant.sandboxOf) throw new DeletionRefusedError('sandbox');
  if (typedConfirmation.trim().toLowerCase() !== tenant.slug) throw new DeletionRefusedError('confirmation');
  if (!(await findRecentExport(tenantId))) throw new DeletionRefusedError('no_export');

  return withAdmin(async (tx) => {
    const sandboxes = await tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants).where(eq(tenants.sandboxOf, tenantId));
    const counts: Record<string, number> = {};
    for (const sandbox of sandboxes) await deleteRows(tx, sandbox.id, {});
    await deleteRows(tx, tenantId, counts);
    await recordAudit(tx, {
      actor,
      action: 'tenant.delete',
      tenant: { id: tenantId, slug: tenant.slug },
      details: { rows: counts, sandboxes: sandboxes.map((s) => s.slug), customDomain: tenant.customDomain },
    });
    afterCommit(tx, () => {
      invalidateTenantDirectory();
      invalidateCouncil(tenantId);
      for (const s of sandboxes) invalidateCouncil(s.id);
    });
    return { slug: tenant.slug, rows: counts };
  });
}

async function deleteRows(tx: Tx, tenantId: string, counts: Record<string, number>) {
  for (const table of await listTenantTables(tx)) {
    const deleted = await tx.execute(sql`delete from ${quoteIdent(table)} where tenant_id = ${tenantId}`);
    const n = (deleted as { count?: number; affectedRows?: number }).count ?? (deleted as { affectedRows?: number }).affectedRows ?? 0;
    if (n) counts[table] = (counts[table] ?? 0) + n;
  }
  await tx.delete(tenants).where(eq(tenants.id, tenantId));
}
