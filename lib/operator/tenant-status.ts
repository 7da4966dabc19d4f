import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tenantStatusChanges } from '@/db/schema/tenant-status-changes';
import { tenants, type Tenant } from '@/db/schema/tenants';
import { afterCommit } from '@/db/with-tenant';
import { invalidateTenantDirectory } from '@/lib/tenant/directory';

export type TenantStatus = Tenant['status'];

/**
 * The lifecycle (O5). Billing moves a council between trial, active and past_due; only an
 * operator suspends, archives or reinstates it. Each allowed move, from → to.
 */
export const OPERATOR_TRANSITIONS: Record<TenantStatus, readonly TenantStatus[]> = {
  trial: ['active', 'suspended', 'archived'],
  active: ['suspended', 'archived'],
  past_due: ['active', 'suspended', 'archived'],
  suspended: ['active', 'archived'],
  archived: ['active', 'suspended'],
};

export function canMoveTo(from: TenantStatus, to: TenantStatus) {
  return OPERATOR_TRANSITIONS[from].includes(to);
}

/**
 * Changes a council's status and/or read-only mode on the admin connection, with a history row
 * saying who and why. No-op (and no history) when nothing changes. The tenant directory is
 * refreshed once the transaction has committed, so every host sees the change at once.
 */
export async function setTenantState(
  tx: Tx,
  params: { tenantId: string; status?: TenantStatus; readOnly?: boolean; actor: string; reason: string },
): Promise<{ changed: boolean; from: TenantStatus; to: TenantStatus }> {
  const [current] = await tx
    .select({ status: tenants.status, readOnlySince: tenants.readOnlySince })
    .from(tenants)
    .where(eq(tenants.id, params.tenantId))
    .for('update');
  if (!current) throw new Error(`setTenantState: no tenant ${params.tenantId}`);
  const to = params.status ?? current.status;
  const wasReadOnly = current.readOnlySince !== null;
  const readOnly = params.readOnly ?? wasReadOnly;
  const statusChanged = to !== current.status;
  const readOnlyChanged = readOnly !== wasReadOnly;
  if (!statusChanged && !readOnlyChanged) return { changed: false, from: current.status, to };

  await tx
    .update(tenants)
    .set({ status: to, readOnlySince: readOnly ? (current.readOnlySince ?? new Date()) : null, updatedAt: new Date() })
    .where(eq(tenants.id, params.tenantId));
  await tx.insert(tenantStatusChanges).values({
    tenantId: params.tenantId,
    fromStatus: current.status,
    toStatus: to,
    readOnly: readOnlyChanged ? readOnly : null,
    actor: params.actor,
    reason: params.reason,
  });
  afterCommit(tx, () => invalidateTenantDirectory());
  return { changed: true, from: current.status, to };
}
