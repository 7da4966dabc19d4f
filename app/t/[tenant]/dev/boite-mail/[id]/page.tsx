import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { extractLinks, getMailboxEmail } from '@/lib/email/mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export const metadata: Metadata = { title: 'E-mail — boîte de développement', robots: { index: false } };

export default async function DevMailboxEmailPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { tenant: slug, id } = await params;
  const { tenant } = await getSiteOrNotFound(slug);
  const mail = await getMailboxEmail(tenant.id, id);
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
        <ul className="flex flex-col gap-2" aria-label="Liens de l’e-mail">
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
