'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { setHomeQuartierAction } from './actions';

type Labels = { label: string; submit: string };

export function QuartierForm({ quartiers, current, suite, labels }: { quartiers: { id: string; name: string }[]; current: string | null; suite: string; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(setHomeQuartierAction, {});
  const error = state.fieldErrors?.quartier ?? (state.ok === false ? state.message : undefined);
  const chosen = state.values?.quartier ?? current ?? '';
  return (
    <form action={action} className="flex flex-col gap-4">
      {suite ? <input type="hidden" name="suite" value={suite} /> : null}
      <fieldset aria-describedby={error ? 'quartier-error' : undefined}>
        <legend className="text-lg font-semibold">{labels.label}</legend>
        {error ? (
          <p id="quartier-error" role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {quartiers.map((q) => (
            <li key={q.id}>
              <label className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold">
                <input type="radio" name="quartier" value={q.id} defaultChecked={chosen === q.id} className="size-5 accent-primary" />
                {q.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
