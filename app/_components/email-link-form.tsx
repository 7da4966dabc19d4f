'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';

type Labels = { email: string; hint: string; submit: string };

/**
 * "Send me a sign-in link": the council site's form and the operator console's, each with its
 * own server action (passed in by its page, so neither side imports the other).
 */
export function EmailLinkForm({ action: send, labels, suite }: { action: (prev: FormState, form: FormData) => Promise<FormState>; labels: Labels; suite?: string }) {
  const [state, action] = useActionState<FormState, FormData>(send, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      {suite ? <input type="hidden" name="suite" value={suite} /> : null}
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
