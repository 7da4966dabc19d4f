'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { reportAction } from './actions';

type Labels = { reason: string; hint: string; send: string };

export function ReportForm({ targetType, targetId, labels }: { targetType: string; targetId: string; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(reportAction, {});
  const error = state.fieldErrors?.reason ?? (state.ok === false ? state.message : undefined);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <label htmlFor="reason" className="text-lg font-semibold">
        {labels.reason}
      </label>
      <p id="reason-hint" className="text-base text-zinc-700">
        {labels.hint}
      </p>
      {error ? (
        <p id="reason-error" role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <textarea
        id="reason"
        name="reason"
        rows={4}
        maxLength={1000}
        required
        defaultValue={state.values?.reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'reason-hint reason-error' : 'reason-hint'}
        className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900"
      />
      <div>
        <SubmitButton>{labels.send}</SubmitButton>
      </div>
    </form>
  );
}
