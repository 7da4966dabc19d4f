import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';
import { requireResident } from '@/lib/auth/require-user';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { DeleteAccountForm } from './delete-account-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.account.title, robots: { index: false } };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ supprime?: string }> };

export default async function MyDataPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  if ((await searchParams).supprime) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">{m.account.title}</h1>
        <p role="status" className="mt-4 text-lg">
          {m.account.deleted}
        </p>
      </div>
    );
  }
  await requireResident(tenant.id, '/mes-donnees');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{m.account.title}</h1>
      <p className="text-lg">{m.account.intro}</p>
      <nav aria-label={m.account.title}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
          <li><a className="inline-flex min-h-12 items-center underline" href="/mes-annonces">{m.account.myPosts}</a></li>
          <li><a className="inline-flex min-h-12 items-center underline" href="/messages">{m.account.myMessages}</a></li>
          <li><a className="inline-flex min-h-12 items-center underline" href="/je-peux-aider">{m.account.myOffer}</a></li>
          <li><a className="inline-flex min-h-12 items-center underline" href="/preferences">{m.account.myPreferences}</a></li>
        </ul>
      </nav>
      <section aria-labelledby="export" className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="export" className="text-xl font-bold">{m.account.exportTitle}</h2>
        <p className="mt-2 text-lg">{m.account.exportText}</p>
        <p className="mt-3">
          <a href="/mes-donnees/export" download className="inline-flex min-h-12 items-center rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary no-underline">
            {m.account.exportButton}
          </a>
        </p>
      </section>
      <section aria-labelledby="supprimer" className="rounded-xl border-2 border-red-800 bg-white p-4">
        <h2 id="supprimer" className="text-xl font-bold">{m.account.deleteTitle}</h2>
        <p className="mt-2 text-lg">{m.account.deleteText}</p>
        <div className="mt-3">
          <DeleteAccountForm labels={{ confirm: m.account.deleteConfirmLabel, button: m.account.deleteButton }} />
        </div>
      </section>
    </div>
  );
}
