'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { renewWithTokenAction } from '../../actions';

export function RenewForm({ token, label }: { token: string; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(renewWithTokenAction, {});
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {state.fieldErrors?._ ?? state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton>{label}</SubmitButton>
      </div>
    </form>
  );
}
