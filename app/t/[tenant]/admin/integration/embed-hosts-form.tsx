'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { saveEmbedHostsAction } from './actions';

type Labels = { label: string; hint: string; save: string };

/** The list of sites allowed to frame the embed (A11): errors next to the field, text kept. */
export function EmbedHostsForm({ initial, labels }: { initial: string; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(saveEmbedHostsAction, {});
  const error = state.fieldErrors?.hosts ?? (state.ok === false ? state.message : undefined);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <label htmlFor="field-hosts" className="text-lg font-semibold">
        {labels.label}
      </label>
      <p id="field-hosts-hint" className="text-base text-zinc-700">
        {labels.hint}
      </p>
      {error ? (
        <p id="field-hosts-error" role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <textarea
        id="field-hosts"
        name="hosts"
        rows={5}
        defaultValue={state.values?.hosts ?? initial}
        key={state.values?.hosts ?? initial}
        spellCheck={false}
        autoCapitalize="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={['field-hosts-hint', error ? 'field-hosts-error' : ''].filter(Boolean).join(' ')}
        className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 font-mono text-lg text-zinc-900 aria-invalid:border-red-700"
      />
      <div>
        <SubmitButton>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}
