'use server';

import { z } from 'zod';
import type { FormState } from '@/lib/actions/form-state';
import { tenantAction } from '@/lib/actions/tenant-action';
import { STAFF_ROLES, USER_ROLES } from '@/lib/actions/roles';
import { rolesFor } from '@/lib/staff/console-sections';
import { changeStaffRole, inviteStaffMember } from '@/lib/staff/staff-members';
import { submitStaffForm } from '@/lib/staff/submit-form';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

const ACCESS = rolesFor('staff');

const invite = tenantAction({
  access: ACCESS,
  input: (m) =>
    z.object({
      email: z.string().trim().toLowerCase().pipe(z.email(m.staffTeam.emailInvalid).max(254, m.staffTeam.emailInvalid)),
      role: z.enum(STAFF_ROLES, m.staffTeam.roleInvalid),
    }),
  run: async ({ tx, tenant, user, input, m }) =>
    inviteStaffMember(tx, tenant.id, { email: input.email, role: input.role, origin: await getRequestOrigin(), locale: 'fr', inviterName: user.name ?? user.email }, m),
  audit: (_ctx, r) => ({ action: 'staff.invite', targetType: 'user', targetId: r.userId, details: { email: r.email, role: _ctx.input.role, previousRole: r.previousRole ?? 'none' } }),
});

/** A1: invite someone by email with a role; the invitation is a magic link to this site. */
export async function inviteStaffAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(invite, form, (r) => `/admin/equipe?ok=invitation&id=${r.userId}`);
}

const changeRole = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ userId: z.uuid(m.errors.notFound), role: z.enum(USER_ROLES, m.staffTeam.roleInvalid) }),
  run: async ({ tx, tenant, user, input, m }) => ({ ...(await changeStaffRole(tx, tenant.id, input.userId, input.role, m)), self: input.userId === user.id }),
  audit: (_ctx, r) => ({ action: r.to === 'resident' ? 'staff.revoke' : 'staff.role', targetType: 'user', targetId: r.id, details: { from: r.from, to: r.to } }),
});

/**
 * A1: another role for a staff member, or back to resident ("revoke"). Someone who takes
 * their own admin role away leaves the team page for the site.
 */
export async function changeStaffRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(changeRole, form, (r) => (r.to === 'admin' || !r.self ? `/admin/equipe?ok=${r.to === 'resident' ? 'retire' : 'role'}&id=${r.id}` : '/'));
}
