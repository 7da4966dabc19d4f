import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema/users';
import type { UserRole } from '@/lib/actions/roles';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import type { Locale } from '@/lib/i18n/messages';
import { inviteStaff, type StaffRole } from './invite-staff';

export type StaffMember = {
  id: string;
  name: string | null;
  email: string;
  role: UserRole;
  status: 'active' | 'suspended' | 'deleted';
  createdAt: Date;
  /** False until the person has signed in once (an invitation not yet used). */
  signedIn: boolean;
};

/** Everyone with a staff role in this council, admins first. */
export async function listStaff(tx: Tx, tenantId: string): Promise<StaffMember[]> {
  return tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      createdAt: users.createdAt,
      signedIn: sql<boolean>`${users.emailVerified} is not null`,
    })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), ne(users.role, 'resident'), ne(users.status, 'deleted')))
    .orderBy(sql`case ${users.role} when 'admin' then 0 when 'moderator' then 1 else 2 end`, asc(users.name), asc(users.email));
}

/**
 * Refuses a change that would leave the council without an active admin. The admins' rows are
 * locked first: two admins demoting each other at the same moment are serialised, and the
 * second one sees that only one admin is left.
 */
async function assertAnotherAdminRemains(tx: Tx, tenantId: string, leavingId: string, m: Messages) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, 'admin'), eq(users.status, 'active')))
    .for('update');
  if (!admins.some((a) => a.id !== leavingId)) throw new AppError('validation', 'last admin', { _: m.staffTeam.lastAdmin });
}

async function getPersonForUpdate(tx: Tx, tenantId: string, userId: string) {
  const [person] = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
    .for('update');
  if (!person || person.status === 'deleted') throw new AppError('not_found', `user ${userId}`);
  return person;
}

/**
 * Gives a staff member another role, or takes it back ('resident'). The council's last admin
 * keeps the role, whoever asks — themselves included.
 */
export async function changeStaffRole(tx: Tx, tenantId: string, userId: string, role: UserRole, m: Messages) {
  const person = await getPersonForUpdate(tx, tenantId, userId);
  if (person.role === 'resident') throw new AppError('validation', 'not staff', { _: m.staffTeam.notStaff });
  if (person.role === role) throw new AppError('validation', 'same role', { role: m.staffTeam.sameRole });
  if (person.role === 'admin') await assertAnotherAdminRemains(tx, tenantId, person.id, m);
  await tx.update(users).set({ role }).where(and(eq(users.tenantId, tenantId), eq(users.id, person.id)));
  return { id: person.id, name: person.name ?? person.email, email: person.email, from: person.role, to: role };
}

/**
 * Invites someone into the team by email (A1): a new account, or a resident who already has
 * one, gets the role and a magic link to this council's site. Re-inviting a staff member sends
 * a fresh link; inviting the last admin with a lesser role is refused like any demotion.
 */
export async function inviteStaffMember(
  tx: Tx,
  tenantId: string,
  params: { email: string; role: StaffRole; origin: string; locale: Locale; inviterName: string },
  m: Messages,
) {
  const email = params.email.trim().toLowerCase();
  const [existing] = await tx
    .select({ id: users.id, role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.email, email)))
    .for('update');
  if (existing && existing.status !== 'active') throw new AppError('validation', 'suspended', { email: m.staffTeam.personSuspended });
  if (existing?.role === 'admin' && params.role !== 'admin') await assertAnotherAdminRemains(tx, tenantId, existing.id, m);
  const next = { admin: '/admin', moderator: '/admin/moderation', agent: '/admin/guichet' }[params.role];
  const result = await inviteStaff(tx, tenantId, {
    email,
    role: params.role,
    origin: params.origin,
    locale: params.locale,
    invitedBy: params.inviterName,
    // New accounts go through the welcome step (name, charter) and then into the console.
    next: `/bienvenue?suite=${encodeURIComponent(next)}`,
  });
  return { ...result, email, previousRole: existing?.role ?? null };
}

/** A person of this council by id (for a confirmation message), or null. */
export async function findPerson(tx: Tx, tenantId: string, userId: string | undefined) {
  if (!userId || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const [row] = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return row ?? null;
}
