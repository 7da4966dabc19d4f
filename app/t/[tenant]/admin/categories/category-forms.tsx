'use client';

import { useActionState, type ReactNode } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import { FormError } from '../_components/form-error';
import { createCategoryAction } from './actions';

type Labels = { label: string; iconLegend: string; description: string; create: string };

/** A3: the council's own category. Icons come from the fixed set, shown with their names. */
export function CreateCategoryForm({ labels, icons }: { labels: Labels; icons: { name: string; label: string; icon: ReactNode }[] }) {
  const [state, action] = useActionState<FormState, FormData>(createCategoryAction, {});
  const iconError = state.fieldErrors?.icon;
  const descriptionError = state.fieldErrors?.description;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.message} />
      <TextField name="label" label={labels.label} maxLength={60} required error={state.fieldErrors?.label} defaultValue={state.values?.label} />
      <fieldset className="flex flex-col gap-2" aria-describedby={iconError ? 'icon-error' : undefined}>
        <legend className="text-lg font-semibold">{labels.iconLegend}</legend>
        {iconError ? (
          <p id="icon-error" className="font-semibold text-red-800">
            {iconError}
          </p>
        ) : null}
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {icons.map((i) => (
            <label key={i.name} className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-300 bg-white px-3 text-lg has-[:checked]:border-primary">
              <input type="radio" name="icon" value={i.name} defaultChecked={state.values?.icon === i.name} className="size-5 accent-primary" />
              {i.icon}
              {i.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-description" className="text-lg font-semibold">
          {labels.description}
        </label>
        {descriptionError ? (
          <p id="field-description-error" className="font-semibold text-red-800">
            {descriptionError}
          </p>
        ) : null}
        <textarea
          id="field-description"
          name="description"
          rows={2}
          maxLength={200}
          defaultValue={state.values?.description}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? 'field-description-error' : undefined}
          className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900"
        />
      </div>
      <div>
        <SubmitButton>{labels.create}</SubmitButton>
      </div>
    </form>
  );
}
