import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { STAFF_ROLES } from '@/lib/actions/roles';
import { requireStaff } from '@/lib/auth/require-user';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { rolesFor } from '@/lib/staff/console-sections';
import { findPerson, listStaff } from '@/lib/staff/staff-members';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ButtonForm } from '../_components/button-form';
import { Flash } from '../_components/flash';
import { changeStaffRoleAction } from './actions';
import { InviteForm, RoleForm } from './team-forms';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.staffTeam.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string; id?: string }> };

/** A1: the council's staff, their roles, invitations. Admins only. */
export default async function TeamPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const me = await requireStaff(tenant.id, '/admin/equipe', rolesFor('staff'));
  const { m, locale } = await getRequestMessages();
  const { ok, id } = await searchParams;
  const [staff, subject] = await withTenant(tenant.id, async (tx) => [await listStaff(tx, tenant.id), await findPerson(tx, tenant.id, id)] as const);
  const t = m.staffTeam;
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: m.admin.roles[r] })).reverse();

  // The flash names the person from the database, never from the address bar.
  const flash =
    ok === 'invitation' && subject
      ? format(t.invitedFlash, { email: subject.email })
      : ok === 'role' && subject
        ? format(t.roleChangedFlash, { name: subject.name ?? subject.email, role: m.admin.roles[subject.role] })
        : ok === 'retire' && subject
          ? format(t.revokedFlash, { name: subject.name ?? subject.email })
          : null;

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
        <ul className="ml-6 list-disc text-lg">
          <li>{t.roleHelp.admin}</li>
          <li>{t.roleHelp.moderator}</li>
          <li>{t.roleHelp.agent}</li>
        </ul>
      </header>
      <Flash text={flash} />

      <section aria-labelledby="membres" className="flex flex-col gap-4">
        <h2 id="membres" className="text-2xl font-bold">
          {format(t.tableCaption, { n: staff.length })}
        </h2>
        <ul className="flex flex-col gap-4">
          {staff.map((s) => {
            const name = s.name ?? s.email;
            return (
              <li key={s.id} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300" data-testid="staff-member">
                <div>
                  <p className="text-xl font-bold">
                    {name}
                    {s.id === me.id ? ` (${m.staffConsole.you})` : ''}
                  </p>
                  <p className="break-all text-base text-zinc-700">{s.email}</p>
                  <p className="text-lg">
                    <span className="font-semibold">{m.admin.roles[s.role]}</span> · {t.colSince} {formatLongDate(s.createdAt, locale)}
                  </p>
                  {!s.signedIn ? <p className="text-base text-zinc-700">{t.invited}</p> : null}
                  {s.status === 'suspended' ? <p className="font-semibold text-red-800">{t.suspended}</p> : null}
                </div>
                <RoleForm userId={s.id} current={s.role} label={format(t.newRoleLabel, { name })} submit={t.changeRole} roles={roleOptions} />
                <details className="rounded-lg border-2 border-zinc-300 p-3">
                  <summary className="min-h-12 cursor-pointer py-2 text-lg font-semibold underline">
                    {t.revoke}
                    <span className="sr-only"> {name}</span>
                  </summary>
                  <p className="my-3 text-lg">{format(t.revokeConfirm, { name })}</p>
                  <ButtonForm action={changeStaffRoleAction} hidden={{ userId: s.id, role: 'resident' }} label={format(t.revokeSubmit, { name })} variant="danger" />
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="inviter" className="flex flex-col gap-3 rounded-xl border-2 border-primary bg-white p-4">
        <h2 id="inviter" className="text-2xl font-bold">
          {t.inviteTitle}
        </h2>
        <p className="text-lg">{t.inviteHint}</p>
        <InviteForm labels={{ email: t.emailLabel, role: t.roleLabel, submit: t.inviteSubmit }} roles={roleOptions} />
      </section>
    </div>
  );
}
