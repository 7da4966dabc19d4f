'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { resetTrainingSandboxAction } from './actions';

/** The sandbox's reset: an explicit confirmation, then one button. */
export function ResetForm({ labels }: { labels: { confirm: string; button: string } }) {
  const [state, action] = useActionState<FormState, FormData>(resetTrainingSandboxAction, {});
  const error = state.fieldErrors?.confirm ?? (state.ok === false ? state.message : undefined);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {error ? (
        <p id="confirm-error" role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <label className="flex items-start gap-3 text-lg">
        <input
          type="checkbox"
          name="confirm"
          className="mt-1 size-6 shrink-0 accent-primary"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'confirm-error' : undefined}
        />
        {labels.confirm}
      </label>
      <div>
        <SubmitButton className="min-h-12 rounded-lg bg-red-800 px-6 py-3 text-lg font-bold text-white hover:opacity-90 aria-disabled:opacity-70">{labels.button}</SubmitButton>
      </div>
    </form>
  );
}
