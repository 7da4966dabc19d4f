import type { Tx } from '@/db/client';
import { staffAuditLog } from '@/db/schema/staff-audit';

export type AuditEntry = { action: string; targetType?: string; targetId?: string; details?: Record<string, unknown> };

/** Writes one line of the council's audit log (A9), in the caller's transaction. */
export async function recordStaffAction(tx: Tx, tenantId: string, actorId: string, entry: AuditEntry) {
  await tx.insert(staffAuditLog).values({
    tenantId,
    actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}
