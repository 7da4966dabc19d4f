import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubmitButton } from '@/app/_components/submit-button';
import { withTenant } from '@/db/with-tenant';
import { openAssistedConversation } from '@/lib/assisted/follow-up';
import { requireStaff } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/i18n/format-date-time';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { chooseAssistedHelperAction, completeAssistedRequestAction, shareAssistedAddressAction } from '../../../actions';
import { AssistedMessageForm } from './assisted-message-form';

type Props = {
  params: Promise<{ tenant: string; id: string; conversationId: string }>;
  searchParams: Promise<{ ok?: string; erreur?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.assisted.title, robots: { index: false } };
}

/**
 * A conversation between a neighbour and the council about an assisted request (A5). Staff
 * write in the council's name; the neighbour sees "via la mairie", never the agent.
 */
export default async function AssistedConversationPage({ params, searchParams }: Props) {
  const { tenant: slug, id, conversationId } = await params;
  const { tenant, council } = await getSiteOrNotFound(slug);
  await requireStaff(tenant.id, `/admin/guichet/${id}/echanges/${conversationId}`, rolesFor('assisted'));
  const { m, locale } = await getRequestMessages();
  const { ok, erreur } = await searchParams;
  const data = await withTenant(tenant.id, async (tx) => {
    try {
      return await openAssistedConversation(tx, tenant.id, id, conversationId);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return null;
      throw e;
    }
  });
  if (!data) notFound();
  const { request, view, messages } = data;
  const a = m.assisted;
  const helperName = view.other.former || !view.other.name ? m.conversations.formerMember : view.other.name;
  const finished = view.done || view.postStatus === 'resolved';
  const canWrite = !view.other.former && !finished;
  const flash = { envoye: a.sent, choisi: a.chosenNotice, adresse: a.addressShared }[ok ?? ''];
  const events: Record<string, string> = { chosen: m.conversations.eventChosen, done: m.conversations.eventDone, withdrawn: m.conversations.eventWithdrawn };

  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <p>
        <a href={`/admin/guichet/${request.id}`} className="font-semibold underline">
          {a.backToRequest}
        </a>
      </p>
      <header>
        <h1 className="text-2xl font-bold">{format(a.conversationTitle, { name: helperName })}</h1>
        <p className="mt-1 text-lg">{format(a.conversationAbout, { title: view.postTitle })}</p>
        <p className="mt-2 text-base text-zinc-700">{format(a.conversationShared, { council: `${a.via} — ${council.name}` })}</p>
      </header>
      {flash ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
          {flash}
        </p>
      ) : null}
      {erreur ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-lg font-semibold text-red-900">
          {m.errors[erreur === 'forbidden' ? 'forbidden' : erreur === 'validation' ? 'validation' : 'internal']}
        </p>
      ) : null}
      {view.chosen === 'this' && !view.done ? <p className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{a.chosenNotice}</p> : null}
      {view.chosen === 'other' ? <p className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{a.chosenOther}</p> : null}
      {view.done ? <p className="rounded-md bg-green-50 p-3 text-lg font-semibold text-green-900 ring-1 ring-green-800">{m.conversations.doneNotice}</p> : null}

      <ol className="flex flex-col gap-3" aria-label={m.conversations.listLabel}>
        {messages.map((msg, i) => {
          const who = msg.mine ? a.staffYou : helperName;
          const id = i === messages.length - 1 ? 'dernier' : undefined;
          if (msg.kind === 'event') {
            return (
              <li key={msg.id} id={id} className="flex justify-center">
                <p className="rounded-lg bg-zinc-100 px-4 py-2 text-center text-base text-zinc-800">
                  {(msg.mine ? a.staffYou : helperName) + ' · '}
                  {events[msg.body] ?? msg.body}
                </p>
              </li>
            );
          }
          return (
            <li key={msg.id} id={id} className={msg.mine ? 'flex justify-end' : 'flex justify-start'}>
              <div className={msg.mine ? 'max-w-[85%] rounded-xl bg-primary px-4 py-3 text-on-primary' : 'max-w-[85%] rounded-xl bg-white px-4 py-3 ring-1 ring-zinc-300'}>
                <p className="text-base font-semibold">
                  {who} · {formatDateTime(msg.createdAt, locale)}
                </p>
                {msg.kind === 'address' ? <p className="text-base font-semibold">{m.conversations.addressShared}</p> : null}
                <p className="whitespace-pre-line break-words text-lg">{msg.body}</p>
              </div>
            </li>
          );
        })}
      </ol>

      {canWrite ? (
        <AssistedMessageForm
          requestId={request.id}
          conversationId={view.id}
          labels={{ message: a.messageLabel, hint: a.messageHint, send: a.send }}
        />
      ) : null}

      {canWrite ? (
        <section aria-label={a.doneTitle} className="flex flex-col gap-4">
          {view.postStatus === 'open' && view.chosen === null ? (
            <form action={chooseAssistedHelperAction}>
              <input type="hidden" name="requestId" value={request.id} />
              <input type="hidden" name="conversationId" value={view.id} />
              <SubmitButton>{a.chooseHelper}</SubmitButton>
            </form>
          ) : null}
          {view.chosen === 'this' && !view.addressSharedAt ? (
            <form action={shareAssistedAddressAction} className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
              <p className="text-lg">{a.shareAddressHint}</p>
              <input type="hidden" name="requestId" value={request.id} />
              <input type="hidden" name="conversationId" value={view.id} />
              <div>
                <SubmitButton className="min-h-12 rounded-lg border-2 border-primary bg-white px-5 py-2 text-lg font-bold text-primary">{a.shareAddress}</SubmitButton>
              </div>
            </form>
          ) : null}
          {view.chosen === 'this' ? (
            <form action={completeAssistedRequestAction} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
              <h2 className="text-xl font-bold">{a.doneTitle}</h2>
              <input type="hidden" name="requestId" value={request.id} />
              <input type="hidden" name="conversationId" value={view.id} />
              <label htmlFor="thanks" className="text-lg font-semibold">
                {a.thanksLabel}
              </label>
              <textarea id="thanks" name="thanks" rows={2} maxLength={500} className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900" />
              <div>
                <SubmitButton>{a.doneButton}</SubmitButton>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
