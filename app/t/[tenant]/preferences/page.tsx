import type { Metadata } from 'next';
import { SubmitButton } from '@/app/_components/submit-button';
import { withTenant } from '@/db/with-tenant';
import { requireResident } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getNotificationModes } from '@/lib/notifications/preferences';
import { NOTIFICATION_KINDS } from '@/lib/notifications/unsubscribe';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { savePreferencesAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.preferences.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ enregistre?: string; erreur?: string }> };

export default async function PreferencesPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const user = await requireResident(tenant.id, '/preferences');
  const { m } = await getRequestMessages();
  const q = await searchParams;
  const modes = await withTenant(tenant.id, (tx) => getNotificationModes(tx, tenant.id, user.id));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <h1 className="text-3xl font-bold">{m.preferences.title}</h1>
      <p className="text-lg">{m.preferences.intro}</p>
      {q.enregistre ? <p role="status" className="rounded-md bg-green-50 p-3 text-lg font-semibold text-green-900 ring-1 ring-green-800">{m.preferences.saved}</p> : null}
      {q.erreur ? <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">{m.errors.validation}</p> : null}
      <form action={savePreferencesAction} className="flex flex-col gap-4">
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind} className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
            <legend className="px-1 text-lg font-bold">{m.preferences.kinds[kind]}</legend>
            <div className="flex flex-wrap gap-x-6">
              {(['instant', 'daily', 'off'] as const).map((mode) => (
                <label key={mode} className="flex min-h-12 items-center gap-3 text-lg">
                  <input type="radio" name={kind} value={mode} defaultChecked={modes[kind] === mode} className="size-6 accent-primary" />
                  {m.preferences.modes[mode]}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div>
          <SubmitButton>{m.preferences.save}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
