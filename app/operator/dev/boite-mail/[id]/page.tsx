import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { extractLinks } from '@/lib/email/mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getOperatorMailboxEmail } from '@/lib/operator/operator-email';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.mailbox.title, robots: { index: false } };
}

export default async function OperatorDevMailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const mail = await getOperatorMailboxEmail((await params).id);
  if (!mail) notFound();
  const { m } = await getRequestMessages();
  const links = extractLinks(mail.html);
  return (
    <div className="flex flex-col gap-4">
      <p>
        <a href="/dev/boite-mail" className="font-semibold underline">
          ← {m.mailbox.title}
        </a>
      </p>
      <h1 className="text-2xl font-bold">{mail.subject}</h1>
      <p className="text-lg">
        {m.mailbox.to} {mail.toAddress} · {m.mailbox.statuses[mail.status]}
      </p>
      {links.length ? (
        <ul className="flex flex-col gap-2" aria-label={m.operator.mailboxLinks}>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="text-lg font-semibold underline" data-testid="mail-link">
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <iframe title={mail.subject} srcDoc={mail.html} sandbox="" className="h-[32rem] w-full rounded-xl border-2 border-zinc-300 bg-white" />
      <details>
        <summary className="cursor-pointer text-lg font-semibold">{m.mailbox.textVersion}</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-xl bg-white p-4 ring-1 ring-zinc-300">{mail.text}</pre>
      </details>
    </div>
  );
}
