import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { operatorAuditLog } from '@/db/schema/operator-audit';
import { withAdmin } from '@/db/with-tenant';
import { toCsv } from '@/lib/csv';

/** Every kind of operator action, with a stable name (filters and exports use it). */
export const AUDIT_ACTIONS = [
  'operator.create',
  'tenant.create',
  'tenant.import',
  'tenant.sandbox',
  'tenant.status',
  'tenant.domain',
  'tenant.export',
  'tenant.delete',
  'staff.invite',
  'billing.customer',
  'billing.subscription',
  'billing.checkout',
  'billing.manual',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditActor = { id: string | null; label: string };

/** Written in the caller's transaction: the action and its record commit together. */
export async function recordAudit(
  tx: Tx,
  entry: { actor: AuditActor; action: AuditAction; tenant?: { id: string; slug: string } | null; details?: Record<string, unknown> },
) {
  await tx.insert(operatorAuditLog).values({
    operatorId: entry.actor.id,
    actor: entry.actor.label,
    action: entry.action,
    targetTenantId: entry.tenant?.id ?? null,
    targetSlug: entry.tenant?.slug ?? null,
    details: entry.details ?? {},
  });
}

export type AuditFilter = { action?: string; actor?: string; council?: string; from?: string; to?: string };

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.action) parts.push(eq(operatorAuditLog.action, filter.action));
  if (filter.actor) parts.push(ilike(operatorAuditLog.actor, `%${escapeLike(filter.actor)}%`));
  if (filter.council) {
    const c = `%${escapeLike(filter.council)}%`;
    parts.push(or(ilike(operatorAuditLog.targetSlug, c), sql`${operatorAuditLog.details}->>'name' ilike ${c}`)!);
  }
  if (filter.from) parts.push(gte(operatorAuditLog.at, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) parts.push(lt(operatorAuditLog.at, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000)));
  return parts.length ? and(...parts) : undefined;
}

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listAudit(filter: AuditFilter, limit = 200) {
  return withAdmin((tx) =>
    tx.select().from(operatorAuditLog).where(conditions(filter)).orderBy(desc(operatorAuditLog.at)).limit(limit),
  );
}

/** The whole filtered log as CSV (semicolons and a BOM: it opens as-is in a French spreadsheet). */
export async function auditCsv(filter: AuditFilter): Promise<string> {
  const rows = await listAudit(filter, 100_000);
  return toCsv(
    ['date', 'auteur', 'action', 'commune', 'details'],
    rows.map((r) => [r.at, r.actor, r.action, r.targetSlug ?? '', JSON.stringify(r.details)]),
  );
}
