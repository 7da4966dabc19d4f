'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { sendAssistedMessageAction } from '../../../actions';

/** A message in the council's name; the page reloads with it on success (no polling here). */
export function AssistedMessageForm({ requestId, conversationId, labels }: { requestId: string; conversationId: string; labels: { message: string; hint: string; send: string } }) {
  const [state, action] = useActionState<FormState, FormData>(sendAssistedMessageAction, {});
  const error = state.fieldErrors?.body ?? (state.ok === false ? state.message : undefined);
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <label htmlFor="body" className="text-lg font-semibold">
        {labels.message}
      </label>
      <p id="body-hint" className="text-base text-zinc-700">
        {labels.hint}
      </p>
      {error ? (
        <p id="body-error" role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <textarea
        id="body"
        name="body"
        rows={3}
        maxLength={2000}
        defaultValue={state.values?.body ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={['body-hint', error ? 'body-error' : ''].filter(Boolean).join(' ')}
        className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700"
      />
      <div>
        <SubmitButton>{labels.send}</SubmitButton>
      </div>
    </form>
  );
}
