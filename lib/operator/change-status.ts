import { eq } from 'drizzle-orm';
import { tenants } from '@/db/schema/tenants';
import { withAdmin } from '@/db/with-tenant';
import { recordAudit, type AuditActor } from './audit';
import { canMoveTo, setTenantState, type TenantStatus } from './tenant-status';

export class StatusChangeRefusedError extends Error {
  constructor(readonly from: TenantStatus, readonly to: TenantStatus) {
    super(`status change ${from} → ${to} not allowed`);
    this.name = 'StatusChangeRefusedError';
  }
}

/**
 * An operator's lifecycle decision (O5): suspend (the site shows a notice, nobody can sign in),
 * reinstate, archive — with the reason kept in the council's history and in the audit log.
 * Reinstating makes the site writable again: the operator has decided.
 */
export async function changeStatusByOperator(tenantId: string, to: TenantStatus, reason: string, actor: AuditActor) {
  return withAdmin(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant || tenant.sandboxOf) throw new Error(`changeStatusByOperator: no council ${tenantId}`);
    if (!canMoveTo(tenant.status, to)) throw new StatusChangeRefusedError(tenant.status, to);
    const result = await setTenantState(tx, { tenantId, status: to, ...(to === 'active' ? { readOnly: false } : {}), actor: actor.label, reason });
    await recordAudit(tx, { actor, action: 'tenant.status', tenant: { id: tenantId, slug: tenant.slug }, details: { from: tenant.status, to, reason } });
    return result;
  });
}
