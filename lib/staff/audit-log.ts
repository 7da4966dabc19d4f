import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { users } from '@/db/schema/users';
import type { Messages } from '@/lib/i18n/fr';
import { toCsv } from '@/lib/csv';

export const AUDIT_PAGE_SIZE = 50;
/** An export is for reading in a spreadsheet; beyond this, narrow the dates. */
export const AUDIT_EXPORT_MAX = 20_000;

export type AuditFilter = { actorId?: string; action?: string; from?: string; to?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

/** The journal's filters from its query string; anything malformed is ignored, never an error. */
export function auditFilterFrom(query: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (k: string) => {
    const v = query[k];
    return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 80) || undefined;
  };
  const valid = (v: string | undefined, re: RegExp) => (v && re.test(v) ? v : undefined);
  const date = (v: string | undefined) => (valid(v, DATE) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) ? v : undefined);
  return { actorId: valid(one('qui'), UUID), action: valid(one('action'), ACTION), from: date(one('du')), to: date(one('au')) };
}

export function auditQueryString(filter: AuditFilter, page?: number) {
  const params = new URLSearchParams();
  if (filter.actorId) params.set('qui', filter.actorId);
  if (filter.action) params.set('action', filter.action);
  if (filter.from) params.set('du', filter.from);
  if (filter.to) params.set('au', filter.to);
  if (page && page > 1) params.set('page', String(page));
  return params.toString();
}

function conditions(tenantId: string, filter: AuditFilter): SQL {
  const parts: SQL[] = [eq(staffAuditLog.tenantId, tenantId)];
  if (filter.actorId) parts.push(eq(staffAuditLog.actorId, filter.actorId));
  if (filter.action) parts.push(eq(staffAuditLog.action, filter.action));
  // Days as a French reader means them: from midnight to midnight, Paris time.
  if (filter.from) parts.push(gte(staffAuditLog.createdAt, sql`(${filter.from}::date::timestamp at time zone 'Europe/Paris')`));
  if (filter.to) parts.push(lt(staffAuditLog.createdAt, sql`((${filter.to}::date + 1)::timestamp at time zone 'Europe/Paris')`));
  return and(...parts)!;
}

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorId: string;
  actorName: string | null;
  actorEmail: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
};

const columns = {
  id: staffAuditLog.id,
  createdAt: staffAuditLog.createdAt,
  actorId: staffAuditLog.actorId,
  actorName: users.name,
  actorEmail: users.email,
  action: staffAuditLog.action,
  targetType: staffAuditLog.targetType,
  targetId: staffAuditLog.targetId,
  details: staffAuditLog.details,
};

/** One page of the council's audit log (A9), newest first. */
export async function listAuditEntries(tx: Tx, tenantId: string, filter: AuditFilter, page = 1): Promise<{ rows: AuditRow[]; total: number; pages: number }> {
  const where = conditions(tenantId, filter);
  const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(staffAuditLog).where(where);
  const pages = Math.max(1, Math.ceil(Number(n) / AUDIT_PAGE_SIZE));
  const rows = await tx
    .select(columns)
    .from(staffAuditLog)
    .innerJoin(users, and(eq(users.tenantId, staffAuditLog.tenantId), eq(users.id, staffAuditLog.actorId)))
    .where(where)
    .orderBy(desc(staffAuditLog.createdAt), desc(staffAuditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((Math.min(Math.max(1, page), pages) - 1) * AUDIT_PAGE_SIZE);
  return { rows, total: Number(n), pages };
}

/** Who appears in the log and which actions, for the filter lists. */
export async function auditFilterOptions(tx: Tx, tenantId: string) {
  const actors = await tx
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(staffAuditLog)
    .innerJoin(users, and(eq(users.tenantId, staffAuditLog.tenantId), eq(users.id, staffAuditLog.actorId)))
    .where(eq(staffAuditLog.tenantId, tenantId))
    .orderBy(asc(users.name), asc(users.email));
  const actions = await tx
    .selectDistinct({ action: staffAuditLog.action })
    .from(staffAuditLog)
    .where(eq(staffAuditLog.tenantId, tenantId))
    .orderBy(asc(staffAuditLog.action));
  return { actors, actions: actions.map((a) => a.action) };
}

export function actionLabel(action: string, m: Messages): string {
  return (m.auditLog.actions as Record<string, string>)[action] ?? action;
}

export function targetLabel(targetType: string | null, m: Messages): string {
  if (!targetType) return '';
  return (m.auditLog.targetTypes as Record<string, string>)[targetType] ?? targetType;
}

/** A readable line of what the details say ("role: moderator · email: …"). */
export function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k} : ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

const parisTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });

/** The filtered log as CSV (formula cells defused, see lib/csv.ts), dates in French time. */
export async function auditCsv(tx: Tx, tenantId: string, filter: AuditFilter, m: Messages): Promise<{ csv: string; rows: number }> {
  const rows = await tx
    .select(columns)
    .from(staffAuditLog)
    .innerJoin(users, and(eq(users.tenantId, staffAuditLog.tenantId), eq(users.id, staffAuditLog.actorId)))
    .where(conditions(tenantId, filter))
    .orderBy(desc(staffAuditLog.createdAt), desc(staffAuditLog.id))
    .limit(AUDIT_EXPORT_MAX);
  const csv = toCsv(
    m.auditLog.csvHeader.split(';'),
    rows.map((r) => [
      parisTime.format(r.createdAt),
      r.actorName ?? '',
      r.actorEmail,
      actionLabel(r.action, m),
      r.action,
      targetLabel(r.targetType, m),
      r.targetId ?? '',
      JSON.stringify(r.details),
    ]),
  );
  return { csv, rows: rows.length };
}
