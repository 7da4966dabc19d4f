'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import { deleteAccountAction } from './actions';

export function DeleteAccountForm({ labels }: { labels: { confirm: string; button: string } }) {
  const [state, action] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <TextField
        name="confirm"
        label={labels.confirm}
        error={state.fieldErrors?.confirm ?? (state.ok === false && !state.fieldErrors ? state.message : undefined)}
        defaultValue={state.values?.confirm}
        autoComplete="off"
        required
      />
      <div>
        <SubmitButton className="min-h-12 rounded-lg bg-red-800 px-6 py-3 text-lg font-bold text-white hover:bg-red-900">{labels.button}</SubmitButton>
      </div>
    </form>
  );
}
