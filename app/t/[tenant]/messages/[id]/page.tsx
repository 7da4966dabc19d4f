import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubmitButton } from '@/app/_components/submit-button';
import { withTenant } from '@/db/with-tenant';
import { requireResident } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getConversation, listMessages, markConversationRead, suggestedAddress } from '@/lib/messages/conversations';
import { isBlockedBetween } from '@/lib/safety/blocks';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { chooseHelperAction, markDoneAction, withdrawHelpAction } from '../actions';
import { ConversationThread } from './conversation-thread';
import { ShareAddressForm } from './share-address-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.conversations.title, robots: { index: false } };
}

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ erreur?: string }> };

export default async function ConversationPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant } = await getSiteOrNotFound(slug);
  const user = await requireResident(tenant.id, `/messages/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { m, locale } = await getRequestMessages();
  const error = (await searchParams).erreur;

  const data = await withTenant(tenant.id, async (tx) => {
    try {
      const view = await getConversation(tx, tenant.id, user.id, id);
      const messages = await listMessages(tx, tenant.id, user.id, id);
      await markConversationRead(tx, tenant.id, user.id, id);
      const blocked = await isBlockedBetween(tx, tenant.id, user.id, view.other.id);
      const suggested = await suggestedAddress(tx, tenant.id, user.id, id);
      return { view, messages, blocked, suggested };
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return null;
      throw e;
    }
  });
  if (!data) notFound();
  const { view, messages, blocked, suggested } = data;
  const otherName = view.other.former ? m.conversations.formerMember : (view.other.name ?? m.conversations.formerMember);
  const isAuthor = view.role === 'author';
  const iAmChosenHelper = !isAuthor && view.chosen === 'this' && view.postKind === 'need';
  const canWrite = !blocked && !view.other.former;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <p>
        <a href="/messages" className="font-semibold underline">
          ← {m.conversations.title}
        </a>
      </p>
      <header>
        <h1 className="text-2xl font-bold">
          <a href={`/annonces/${view.postId}`} className="underline decoration-2">
            {format(m.conversations.about, { title: view.postTitle })}
          </a>
        </h1>
        <p className="mt-1 text-lg">
          {view.other.former ? (
            format(m.conversations.with, { name: otherName })
          ) : (
            <a href={`/voisins/${view.other.id}`} className="underline">
              {format(m.conversations.with, { name: otherName })}
            </a>
          )}
        </p>
      </header>

      {error ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {m.errors[error === 'forbidden' ? 'forbidden' : error === 'validation' ? 'validation' : 'internal']}
        </p>
      ) : null}
      {view.done ? <p className="rounded-md bg-green-50 p-3 text-lg font-semibold text-green-900 ring-1 ring-green-800">{m.conversations.doneNotice}</p> : null}
      {!view.done && view.chosen === 'this' ? (
        <p className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{isAuthor ? m.conversations.chosenThis : m.conversations.chosenYou}</p>
      ) : null}
      {!view.done && view.chosen === 'other' ? <p className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{m.conversations.chosenOther}</p> : null}
      {blocked ? <p className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{m.conversations.blocked}</p> : null}
      {view.other.former ? <p className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{m.conversations.formerMemberNotice}</p> : null}

      <ConversationThread
        conversationId={view.id}
        canWrite={canWrite}
        locale={locale}
        initial={messages.map((msg) => ({ ...msg, createdAt: msg.createdAt.toISOString() }))}
        labels={{
          you: m.conversations.you,
          other: otherName,
          deleted: m.conversations.deletedMessage,
          addressShared: m.conversations.addressShared,
          events: { chosen: m.conversations.eventChosen, done: m.conversations.eventDone, withdrawn: m.conversations.eventWithdrawn },
          listLabel: m.conversations.listLabel,
          messageLabel: m.conversations.messageLabel,
          messageHint: m.conversations.messageHint,
          send: m.conversations.send,
          newMessages: m.conversations.newMessages,
          report: m.safety.report,
        }}
      />

      {isAuthor && canWrite && !view.done ? (
        <section className="flex flex-col gap-4" aria-label={m.conversations.markDoneTitle}>
          {view.postKind === 'need' ? (
            <ShareAddressForm
              conversationId={view.id}
              suggested={suggested}
              labels={{
                title: m.conversations.shareAddressTitle,
                hint: m.conversations.shareAddressHint,
                address: m.conversations.addressLabel,
                button: m.conversations.shareAddressButton,
              }}
            />
          ) : null}
          {view.postStatus === 'open' && view.chosen === null ? (
            <form action={chooseHelperAction}>
              <input type="hidden" name="conversationId" value={view.id} />
              <SubmitButton>{view.postKind === 'need' ? m.conversations.chooseHelper : m.conversations.chooseHelperOffer}</SubmitButton>
            </form>
          ) : null}
          {view.chosen === 'this' ? (
            <form action={markDoneAction} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
              <h2 className="text-xl font-bold">{m.conversations.markDoneTitle}</h2>
              <input type="hidden" name="conversationId" value={view.id} />
              {view.postKind === 'need' ? (
                <>
                  <label htmlFor="thanks" className="text-lg font-semibold">
                    {m.conversations.thanksLabel}
                  </label>
                  <p id="thanks-hint" className="text-base text-zinc-700">
                    {m.conversations.thanksHint}
                  </p>
                  <textarea
                    id="thanks"
                    name="thanks"
                    rows={2}
                    maxLength={500}
                    aria-describedby="thanks-hint"
                    className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900"
                  />
                </>
              ) : null}
              <div>
                <SubmitButton>{m.conversations.markDone}</SubmitButton>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}
      {iAmChosenHelper && !view.done ? (
        <form action={withdrawHelpAction}>
          <input type="hidden" name="conversationId" value={view.id} />
          <SubmitButton className="min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-6 py-3 text-lg font-semibold text-zinc-900">
            {m.conversations.withdraw}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
