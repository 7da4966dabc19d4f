'use client';

import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { sendMessageAction } from '../actions';

export type ThreadMessage = { id: string; mine: boolean; kind: string; body: string; createdAt: string };

export type ThreadLabels = {
  you: string;
  other: string;
  deleted: string;
  addressShared: string;
  events: Record<string, string>;
  listLabel: string;
  messageLabel: string;
  messageHint: string;
  send: string;
  newMessages: string;
  report: string;
};

const POLL_MS = 4_000;

/**
 * The open conversation: new messages appear without a reload (polling every few seconds —
 * simple, works through any proxy), and are announced politely to screen readers.
 */
export function ConversationThread(props: {
  conversationId: string;
  initial: ThreadMessage[];
  labels: ThreadLabels;
  canWrite: boolean;
  locale: string;
}) {
  const { conversationId, labels } = props;
  const [messages, setMessages] = useState(props.initial);
  const [announce, setAnnounce] = useState('');
  const last = useRef(props.initial.at(-1)?.createdAt ?? '');
  const formRef = useRef<HTMLFormElement>(null);

  const poll = useCallback(async () => {
    const query = last.current ? `?after=${encodeURIComponent(last.current)}` : '';
    const response = await fetch(`/api/conversations/${conversationId}/messages${query}`, { cache: 'no-store' }).catch(() => null);
    if (!response?.ok) return;
    const data = (await response.json()) as { messages: ThreadMessage[] };
    if (!data.messages.length) return;
    last.current = data.messages.at(-1)!.createdAt;
    setMessages((current) => {
      const known = new Set(current.map((m) => m.id));
      const fresh = data.messages.filter((m) => !known.has(m.id));
      if (fresh.some((m) => !m.mine)) setAnnounce(`${labels.newMessages} : ${fresh.filter((m) => !m.mine).length}`);
      return [...current, ...fresh];
    });
  }, [conversationId, labels.newMessages]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void poll();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [poll]);

  const [state, action] = useActionState<FormState, FormData>(async (prev, form) => {
    const result = await sendMessageAction(prev, form);
    if (result.ok) {
      formRef.current?.reset();
      await poll();
    }
    return result;
  }, {});

  const time = (iso: string) => new Date(iso).toLocaleString(props.locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col gap-3" aria-label={labels.listLabel}>
        {messages.map((m) => (
          <li key={m.id} className={m.kind === 'text' || m.kind === 'deleted' ? (m.mine ? 'flex justify-end' : 'flex justify-start') : 'flex justify-center'}>
            {m.kind === 'event' ? (
              <p className="rounded-lg bg-zinc-100 px-4 py-2 text-center text-base text-zinc-800">
                {(m.mine ? labels.you : labels.other) + ' · '}
                {labels.events[m.body] ?? m.body}
              </p>
            ) : (
              <div
                className={
                  m.mine
                    ? 'max-w-[85%] rounded-2xl bg-primary px-4 py-3 text-on-primary'
                    : 'max-w-[85%] rounded-2xl bg-white px-4 py-3 ring-1 ring-zinc-300'
                }
              >
                <p className="text-sm font-semibold">
                  {m.mine ? labels.you : labels.other} · <time dateTime={m.createdAt}>{time(m.createdAt)}</time>
                </p>
                {m.kind === 'deleted' ? (
                  <p className="italic">{labels.deleted}</p>
                ) : m.kind === 'address' ? (
                  <p className="whitespace-pre-wrap">
                    <strong>{labels.addressShared}</strong> {m.body}
                  </p>
                ) : (
                  <p className="whitespace-pre-wrap break-words">{m.body}</p>
                )}
                {!m.mine && m.kind === 'text' ? (
                  <p className="mt-1 text-right text-sm">
                    <a className="underline" href={`/signaler?cible=message&id=${m.id}`}>
                      {labels.report}
                    </a>
                  </p>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      {props.canWrite ? (
        <form ref={formRef} action={action} noValidate className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
          <input type="hidden" name="conversationId" value={conversationId} />
          <label htmlFor="message-body" className="text-lg font-semibold">
            {labels.messageLabel}
          </label>
          <p id="message-hint" className="text-base text-zinc-700">
            {labels.messageHint}
          </p>
          {state.fieldErrors?.body || (state.ok === false && state.message) ? (
            <p id="message-error" role="alert" className="font-semibold text-red-800">
              {state.fieldErrors?.body ?? state.message}
            </p>
          ) : null}
          <textarea
            id="message-body"
            name="body"
            rows={3}
            maxLength={2000}
            required
            defaultValue={state.ok === false ? state.values?.body : undefined}
            aria-describedby={state.fieldErrors?.body ? 'message-hint message-error' : 'message-hint'}
            className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900"
          />
          <div>
            <SubmitButton>{labels.send}</SubmitButton>
          </div>
        </form>
      ) : null}
    </div>
  );
}
