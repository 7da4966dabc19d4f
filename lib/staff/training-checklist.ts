import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { STAFF_ROLES, type UserRole } from '@/lib/actions/roles';
import { AUDIT_ACTIONS } from './audit-actions';
import { rolesFor, type ConsoleSection } from './console-sections';
import { findSandboxOf } from './training-sandbox';

/**
 * The onboarding checklist (A8): each task is done once its person has an audit line with one
 * of its actions in the council's sandbox. A task belongs to the roles of the console section
 * where it is done (a moderator is not asked to switch crisis mode on).
 */
export const TRAINING_TASKS = [
  { key: 'moderate', section: 'moderation', guide: 'moderer-une-annonce', actions: [AUDIT_ACTIONS.postApprove, AUDIT_ACTIONS.postHide, AUDIT_ACTIONS.postRestore] },
  { key: 'assistedCreate', section: 'assisted', guide: 'demande-au-guichet', actions: [AUDIT_ACTIONS.assistedCreate] },
  { key: 'assistedClose', section: 'assisted', guide: 'demande-au-guichet', actions: [AUDIT_ACTIONS.assistedClose] },
  { key: 'announcement', section: 'announcements', guide: 'publier-une-annonce', actions: [AUDIT_ACTIONS.announcementPublish] },
  { key: 'crisisOn', section: 'crisis', guide: 'mode-crise', actions: [AUDIT_ACTIONS.crisisOn] },
  { key: 'crisisOff', section: 'crisis', guide: 'mode-crise', actions: [AUDIT_ACTIONS.crisisOff] },
] as const satisfies readonly { key: string; section: ConsoleSection; guide: string; actions: readonly string[] }[];

export type TrainingTaskKey = (typeof TRAINING_TASKS)[number]['key'];
export type ChecklistItem = { key: TrainingTaskKey; guide: string; done: boolean };

const TASK_ACTIONS: string[] = TRAINING_TASKS.flatMap((t) => [...t.actions]);

export function tasksFor(role: UserRole) {
  return TRAINING_TASKS.filter((t) => (rolesFor(t.section) as readonly string[]).includes(role));
}

export function checklistFor(role: UserRole, actionsDone: ReadonlySet<string>): ChecklistItem[] {
  return tasksFor(role).map((t) => ({ key: t.key, guide: t.guide, done: t.actions.some((a) => actionsDone.has(a)) }));
}

/** In a sandbox's transaction: the task actions each person (by email) has done there. */
export async function trainingActionsByEmail(tx: Tx, sandboxId: string): Promise<Map<string, Set<string>>> {
  const rows = await tx
    .selectDistinct({ email: users.email, action: staffAuditLog.action })
    .from(staffAuditLog)
    .innerJoin(users, and(eq(users.tenantId, staffAuditLog.tenantId), eq(users.id, staffAuditLog.actorId)))
    .where(and(eq(staffAuditLog.tenantId, sandboxId), inArray(staffAuditLog.action, TASK_ACTIONS)));
  const byEmail = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = r.email.toLowerCase();
    if (!byEmail.has(key)) byEmail.set(key, new Set());
    byEmail.get(key)!.add(r.action);
  }
  return byEmail;
}

export type MemberProgress = { id: string; name: string | null; email: string; role: UserRole; checklist: ChecklistItem[] };

/**
 * Every staff member of the council with their checklist. The council's staff are read under
 * its RLS; what they did is read from its own sandbox, in a separate transaction under the
 * sandbox's RLS — only action names, matched to people by email (accounts are per tenant).
 * This is the one thing a council reads from its sandbox.
 */
export async function teamTrainingProgress(councilId: string): Promise<MemberProgress[]> {
  const staff = await withTenant(councilId, (tx) =>
    tx
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(users)
      .where(and(eq(users.tenantId, councilId), eq(users.status, 'active'), inArray(users.role, [...STAFF_ROLES])))
      .orderBy(users.name),
  );
  const sandbox = await findSandboxOf(councilId);
  const done = sandbox ? await withTenant(sandbox.id, (tx) => trainingActionsByEmail(tx, sandbox.id)) : new Map<string, Set<string>>();
  return staff.map((s) => ({ ...s, checklist: checklistFor(s.role, done.get(s.email.toLowerCase()) ?? new Set()) }));
}
