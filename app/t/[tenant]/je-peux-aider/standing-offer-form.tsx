'use client';

import { useActionState } from 'react';
import { CategoryIcon } from '@/app/_components/category-icon';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { saveStandingOfferAction } from './actions';

type Option = { value: string; label: string };
type Props = {
  categories: { id: string; label: string; icon: string }[];
  radii: Option[];
  weekdays: Option[];
  modes: Option[];
  initial: { categoryIds: string[]; radiusM: number; weekdays: string[]; notify: string };
  labels: { categories: string; radius: string; weekdays: string; weekdaysHint: string; notify: string; save: string; stop: string };
};

export function StandingOfferForm({ categories, radii, weekdays, modes, initial, labels }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveStandingOfferAction, {});
  const error = state.fieldErrors?.categoryIds ?? (state.ok === false && !state.fieldErrors ? state.message : undefined);
  return (
    <form action={action} className="flex flex-col gap-6">
      <fieldset className="rounded-xl bg-white p-4 ring-1 ring-zinc-300" aria-describedby={error ? 'categories-error' : undefined}>
        <legend className="px-1 text-xl font-bold">{labels.categories}</legend>
        {error ? (
          <p id="categories-error" role="alert" className="mb-2 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <ul className="grid gap-2 sm:grid-cols-2">
          {categories.map((c) => (
            <li key={c.id}>
              <label className="flex min-h-12 items-center gap-3 rounded-lg px-2 text-lg hover:bg-zinc-50">
                <input type="checkbox" name="categoryIds" value={c.id} defaultChecked={initial.categoryIds.includes(c.id)} className="size-6 accent-primary" />
                <CategoryIcon name={c.icon} className="size-5" />
                {c.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="radius" className="text-lg font-semibold">
          {labels.radius}
        </label>
        <select id="radius" name="radiusM" defaultValue={String(initial.radiusM)} className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg text-zinc-900">
          {radii.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{labels.weekdays}</legend>
        <p className="text-base text-zinc-700">{labels.weekdaysHint}</p>
        <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {weekdays.map((d) => (
            <li key={d.value}>
              <label className="flex min-h-12 items-center gap-3 text-lg">
                <input type="checkbox" name="weekdays" value={d.value} defaultChecked={initial.weekdays.includes(d.value)} className="size-6 accent-primary" />
                {d.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{labels.notify}</legend>
        {modes.map((mode) => (
          <label key={mode.value} className="flex min-h-12 items-center gap-3 text-lg">
            <input type="radio" name="notify" value={mode.value} defaultChecked={initial.notify === mode.value} className="size-6 accent-primary" />
            {mode.label}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save">
          {labels.save}
        </SubmitButton>
        <button
          type="submit"
          name="intent"
          value="stop"
          className="min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-6 py-3 text-lg font-semibold text-zinc-900"
        >
          {labels.stop}
        </button>
      </div>
    </form>
  );
}
