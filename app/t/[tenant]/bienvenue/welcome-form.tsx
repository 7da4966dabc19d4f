'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import { completeWelcomeAction } from './actions';

type Labels = { name: string; nameHint: string; charterTitle: string; accept: string; submit: string };

export function WelcomeForm({ labels, charter, initialName, suite }: { labels: Labels; charter: string[]; initialName: string; suite: string }) {
  const [state, action] = useActionState<FormState, FormData>(completeWelcomeAction, {});
  const charterError = state.fieldErrors?.charter;
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      {state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="suite" value={suite} />
      <TextField
        name="name"
        label={labels.name}
        hint={labels.nameHint}
        error={state.fieldErrors?.name}
        defaultValue={state.values?.name ?? initialName}
        autoComplete="nickname"
        maxLength={40}
        required
      />
      <fieldset className="rounded-xl border-2 border-zinc-300 bg-white p-4">
        <legend className="px-1 text-xl font-bold">{labels.charterTitle}</legend>
        <ol className="ml-6 list-decimal space-y-2 text-lg">
          {charter.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
        {charterError ? (
          <p id="charter-error" className="mt-3 font-semibold text-red-800">
            {charterError}
          </p>
        ) : null}
        <label className="mt-4 flex min-h-12 items-center gap-3 text-lg font-semibold">
          <input
            type="checkbox"
            name="charter"
            className="size-6 accent-primary"
            defaultChecked={state.values?.charter === 'on'}
            aria-invalid={charterError ? true : undefined}
            aria-describedby={charterError ? 'charter-error' : undefined}
            required
          />
          {labels.accept}
        </label>
      </fieldset>
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
