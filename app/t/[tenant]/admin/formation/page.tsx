import type { Metadata } from 'next';
import { SubmitButton } from '@/app/_components/submit-button';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { rolesFor } from '@/lib/staff/console-sections';
import { checklistFor, teamTrainingProgress, trainingActionsByEmail } from '@/lib/staff/training-checklist';
import { TRAINING_GUIDES } from '@/lib/staff/training-guides';
import { councilOriginFromSandbox, findSandboxOf, sandboxOriginFrom } from '@/lib/staff/training-sandbox';
import { getCouncil } from '@/lib/tenant/council';
import { findTenantById } from '@/lib/tenant/directory';
import { sandboxSlugFor } from '@/lib/tenant/reserved';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { openTrainingSandboxAction } from './actions';
import { Checklist } from './checklist';
import { ResetForm } from './reset-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.training.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ erreur?: string; reinitialise?: string }> };

/**
 * A8: on the council's console, the guides, the way into the training sandbox, my checklist
 * and (for admins) the team's; in the sandbox's console, my checklist, its mailbox and reset.
 */
export default async function TrainingPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const user = await requireStaff(tenant.id, '/admin/formation', rolesFor('training'));
  const { m } = await getRequestMessages();
  const { erreur, reinitialise } = await searchParams;
  const t = m.training;
  const inSandbox = tenant.sandboxOf !== null;

  const guides = (
    <section aria-labelledby="guides" className="flex flex-col gap-3">
      <h2 id="guides" className="text-2xl font-bold">
        {t.guidesTitle}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {Object.entries(TRAINING_GUIDES).map(([slug, key]) => (
          <li key={slug} className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
            <a href={`/admin/formation/guide/${slug}`} className="text-lg font-bold underline">
              {t.guide[key].title}
            </a>
            <p className="text-base text-zinc-800">{t.guide[key].summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );

  if (inSandbox) {
    const done = await withTenant(tenant.id, (tx) => trainingActionsByEmail(tx, tenant.id));
    const items = checklistFor(user.role, done.get(user.email.toLowerCase()) ?? new Set());
    const council = tenant.sandboxOf ? await findTenantById(tenant.sandboxOf) : null;
    const councilProfile = council ? await getCouncil(council.id) : null;
    const [residents, posts] = (reinitialise ?? '').split('-');
    return (
      <div className="flex flex-col gap-8">
        <div>
          <h1 className="text-3xl font-bold">{t.inSandboxTitle}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t.inSandboxText}</p>
          {council && councilProfile ? (
            <p className="mt-2">
              <a href={`${councilOriginFromSandbox(await getRequestOrigin(), council, tenant.slug)}/admin/formation`} className="text-lg font-semibold underline">
                {format(t.backToConsole, { council: councilProfile.name })}
              </a>
            </p>
          ) : null}
        </div>
        {reinitialise ? (
          <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
            {format(t.resetDone, { residents: residents ?? '', posts: posts ?? '' })}
          </p>
        ) : null}
        <section aria-labelledby="progression" className="flex flex-col gap-3">
          <h2 id="progression" className="text-2xl font-bold">
            {t.checklistTitle}
          </h2>
          <p className="text-lg">{t.checklistIntro}</p>
          <Checklist items={items} m={m} />
        </section>
        <section aria-labelledby="boite" className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
          <h2 id="boite" className="text-2xl font-bold">
            {t.mailboxTitle}
          </h2>
          <p className="text-lg">{t.mailboxText}</p>
          <p>
            <a href="/admin/formation/boite-mail" className="inline-flex min-h-12 items-center text-lg font-semibold underline">
              {t.mailboxLink}
            </a>
          </p>
        </section>
        {guides}
        <section aria-labelledby="reinitialiser" className="flex flex-col gap-3 rounded-xl border-2 border-red-800 bg-white p-4">
          <h2 id="reinitialiser" className="text-2xl font-bold">
            {t.resetTitle}
          </h2>
          <p className="text-lg">{t.resetText}</p>
          {user.role === 'admin' ? <ResetForm labels={{ confirm: t.resetConfirm, button: t.resetButton }} /> : <p className="text-lg font-semibold">{t.resetAdminOnly}</p>}
        </section>
      </div>
    );
  }

  const team = await teamTrainingProgress(tenant.id);
  const mine = team.find((p) => p.id === user.id)?.checklist ?? checklistFor(user.role, new Set());
  const sandbox = await findSandboxOf(tenant.id);
  const sandboxHost = new URL(sandboxOriginFrom(await getRequestOrigin(), tenant.slug, sandbox?.slug ?? sandboxSlugFor(tenant.slug))).host;
  const others = team.filter((p) => p.id !== user.id);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-lg">{t.intro}</p>
      </div>
      {erreur ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-lg font-semibold text-red-900">
          {t.sandboxUnavailable}
        </p>
      ) : null}
      <section aria-labelledby="espace" className="flex flex-col gap-3 rounded-xl border-2 border-amber-700 bg-white p-4">
        <h2 id="espace" className="text-2xl font-bold">
          {t.sandboxTitle}
        </h2>
        <p className="text-lg">{t.sandboxText}</p>
        <form action={openTrainingSandboxAction}>
          <SubmitButton>{t.openSandbox}</SubmitButton>
        </form>
        <p className="text-base text-zinc-700">{format(t.openSandboxHint, { host: sandboxHost })}</p>
      </section>
      <section aria-labelledby="progression" className="flex flex-col gap-3">
        <h2 id="progression" className="text-2xl font-bold">
          {t.checklistTitle}
        </h2>
        <p className="text-lg">{t.checklistIntro}</p>
        <Checklist items={mine} m={m} />
      </section>
      {guides}
      {user.role === 'admin' ? (
        <section aria-labelledby="equipe-formation" className="flex flex-col gap-3">
          <h2 id="equipe-formation" className="text-2xl font-bold">
            {t.teamTitle}
          </h2>
          <p className="text-lg">{t.teamIntro}</p>
          {others.length === 0 ? (
            <p className="text-lg">{t.teamEmpty}</p>
          ) : (
            <div className="overflow-x-auto" role="region" aria-label={t.teamTitle} tabIndex={0}>
              <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-base ring-1 ring-zinc-300" data-testid="team-progress">
                <thead>
                  <tr className="border-b-2 border-zinc-400">
                    <th scope="col" className="p-2">
                      {t.colMember}
                    </th>
                    <th scope="col" className="p-2">
                      {t.colRole}
                    </th>
                    <th scope="col" className="p-2">
                      {t.colProgress}
                    </th>
                    {(['moderate', 'assistedCreate', 'assistedClose', 'announcement', 'crisisOn', 'crisisOff'] as const).map((k) => (
                      <th key={k} scope="col" className="p-2">
                        {t.tasks[k]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {others.map((p) => (
                    <tr key={p.id} className="border-b border-zinc-200">
                      <th scope="row" className="p-2 font-semibold">
                        {p.name ?? p.email}
                      </th>
                      <td className="p-2">{m.admin.roles[p.role]}</td>
                      <td className="p-2">{format(t.progress, { done: p.checklist.filter((i) => i.done).length, total: p.checklist.length })}</td>
                      {(['moderate', 'assistedCreate', 'assistedClose', 'announcement', 'crisisOn', 'crisisOff'] as const).map((k) => {
                        const item = p.checklist.find((i) => i.key === k);
                        return (
                          <td key={k} className="p-2">
                            {!item ? t.notConcerned : item.done ? `✓ ${t.done}` : t.todo}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
