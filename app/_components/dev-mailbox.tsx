import { extractLinks } from '@/lib/email/mailbox';
import type { Messages } from '@/lib/i18n/fr';

type Status = 'queued' | 'sent' | 'captured' | 'failed';
type MailSummary = { id: string; to: string; subject: string; status: Status; createdAt: Date };
type MailDetail = { subject: string; toAddress: string; status: Status; html: string; text: string };

type Place = { basePath?: string; title?: string; warning?: string };

/**
 * The development mailbox's list (council hosts and the operator host alike), also the
 * training sandbox's mailbox in its console (A8), under another path and title.
 */
export function DevMailboxList({ mails, m, basePath = '/dev/boite-mail', title, warning }: { mails: MailSummary[]; m: Messages } & Place) {
  return (
    <div>
      <h1 className="text-3xl font-bold">{title ?? m.mailbox.title}</h1>
      <p className="mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-lg text-amber-950">{warning ?? m.mailbox.warning}</p>
      <p className="mt-4">
        <a href={basePath} className="font-semibold underline">
          {m.mailbox.refresh}
        </a>
      </p>
      {mails.length === 0 ? (
        <p className="mt-6 text-lg">{m.mailbox.empty}</p>
      ) : (
        <ul className="mt-6 divide-y divide-zinc-300 rounded-xl bg-white ring-1 ring-zinc-300">
          {mails.map((mail) => (
            <li key={mail.id} className="flex flex-col gap-1 p-4">
              <a href={`${basePath}/${mail.id}`} className="text-lg font-semibold underline">
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

/**
 * One captured email: its links as ordinary links (the HTML is shown in a sandboxed frame,
 * where links cannot be followed), the rendering, and the text version.
 */
export function DevMailboxEmail({ mail, m, basePath = '/dev/boite-mail', title }: { mail: MailDetail; m: Messages } & Omit<Place, 'warning'>) {
  const links = extractLinks(mail.html);
  return (
    <div className="flex flex-col gap-4">
      <p>
        <a href={basePath} className="font-semibold underline">
          ← {title ?? m.mailbox.title}
        </a>
      </p>
      <h1 className="text-2xl font-bold">{mail.subject}</h1>
      <p className="text-lg">
        {m.mailbox.to} {mail.toAddress} · {m.mailbox.statuses[mail.status]}
      </p>
      {links.length ? (
        <ul className="flex flex-col gap-2" aria-label={m.mailbox.links}>
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
