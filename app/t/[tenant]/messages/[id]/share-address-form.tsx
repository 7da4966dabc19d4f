'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import { shareAddressAction } from '../actions';

type Labels = { title: string; hint: string; address: string; button: string };

/** "Partager l'adresse": the author's explicit act, prefilled with the address we know. */
export function ShareAddressForm({ conversationId, suggested, labels }: { conversationId: string; suggested: string; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(shareAddressAction, {});
  return (
    <details className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
      <summary className="cursor-pointer text-lg font-semibold">{labels.title}</summary>
      <form action={action} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="conversationId" value={conversationId} />
        <TextField
          name="address"
          label={labels.address}
          hint={labels.hint}
          defaultValue={state.values?.address ?? suggested}
          error={state.fieldErrors?.address ?? (state.ok === false && !state.fieldErrors ? state.message : undefined)}
          autoComplete="street-address"
          maxLength={300}
          required
        />
        <div>
          <SubmitButton>{labels.button}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
