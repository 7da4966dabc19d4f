'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import { requestOperatorLinkAction } from './actions';

export function OperatorSignInForm({ labels }: { labels: { email: string; hint: string; submit: string } }) {
  const [state, action] = useActionState<FormState, FormData>(requestOperatorLinkAction, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={labels.hint}
        error={state.fieldErrors?.email}
        defaultValue={state.values?.email}
        autoComplete="email"
        inputMode="email"
        required
      />
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
