import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listMailbox } from '@/lib/email/mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export const metadata: Metadata = { title: 'Boîte mail de développement', robots: { index: false } };

export default async function DevMailboxPage({ params }: { params: Promise<{ tenant: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const mails = await listMailbox(tenant.id);
  return (
    <div>
      <h1 className="text-3xl font-bold">{m.mailbox.title}</h1>
      <p className="mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-lg text-amber-950">{m.mailbox.warning}</p>
      <p className="mt-4">
        <a href="/dev/boite-mail" className="font-semibold underline">
          {m.mailbox.refresh}
        </a>
      </p>
      {mails.length === 0 ? (
        <p className="mt-6 text-lg">{m.mailbox.empty}</p>
      ) : (
        <ul className="mt-6 divide-y divide-zinc-300 rounded-xl bg-white ring-1 ring-zinc-300">
          {mails.map((mail) => (
            <li key={mail.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <a href={`/dev/boite-mail/${mail.id}`} className="text-lg font-semibold underline">
                  {mail.subject}
                </a>
                <p className="text-base text-zinc-700">
                  {m.mailbox.to} {mail.to} · {mail.createdAt.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })} ·{' '}
                  {m.mailbox.statuses[mail.status]}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
