import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { listOperatorMailbox } from '@/lib/operator/operator-email';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.mailbox.title, robots: { index: false } };
}

/** The operator host's development mailbox: operator emails only (councils have their own). */
export default async function OperatorDevMailboxPage() {
  if (!isDevMailboxEnabled()) notFound();
  const { m } = await getRequestMessages();
  const mails = await listOperatorMailbox();
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
            <li key={mail.id} className="flex flex-col gap-1 p-4">
              <a href={`/dev/boite-mail/${mail.id}`} className="text-lg font-semibold underline">
                {mail.subject}
              </a>
              <p className="text-base text-zinc-700">
                {m.mailbox.to} {mail.to} · {mail.createdAt.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })} · {m.mailbox.statuses[mail.status]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
