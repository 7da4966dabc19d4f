'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { Messages } from '@/lib/i18n/fr';
import { savePostAction, type PostFormState } from './actions';

export type PostFormValues = {
  kind: 'need' | 'offer';
  category: string;
  title: string;
  description: string;
  when: 'flexible' | 'date' | 'weekly';
  date: string;
  weekdays: string[];
  place: 'home' | 'address';
  address: string;
  urgent: boolean;
};

type Props = {
  postId?: string;
  categories: { key: string; label: string }[];
  initial: PostFormValues;
  /** "quartier Le Val", or null when the resident has not said where they live. */
  homeText: string | null;
  setHomeHref: string;
  today: string;
  labels: Messages['postForm'];
  weekdayLabels: Messages['post']['weekdays'];
  submitLabel: string;
};

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const inputClass = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';
const secondary = 'min-h-12 rounded-lg border-2 border-primary bg-white px-5 py-2 text-lg font-bold text-primary hover:bg-zinc-50 aria-disabled:opacity-70';

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="font-semibold text-red-800">
      {text}
    </p>
  ) : null;
}

function parseChoice(value: string | undefined): { label: string; lat: number; lng: number } | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as { label?: unknown; lat?: unknown; lng?: unknown };
    return typeof v.label === 'string' && typeof v.lat === 'number' && typeof v.lng === 'number' ? { label: v.label, lat: v.lat, lng: v.lng } : null;
  } catch {
    return null;
  }
}

/**
 * Publish or edit a post. Conditional parts (the date, the days, the address) are shown with
 * CSS :has() on the checked radio, so the form is complete without JavaScript; the server
 * validates everything and sends back errors per field with what was typed.
 */
export function PostForm({ postId, categories, initial, homeText, setHomeHref, today, labels, weekdayLabels, submitLabel }: Props) {
  const [state, action] = useActionState<PostFormState, FormData>(savePostAction, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const value = <K extends keyof PostFormValues>(key: K): string => (v ? (v[key] ?? '') : String(initial[key] ?? ''));
  const kind = v ? v.kind : initial.kind;
  const when = (v ? v.when : initial.when) ?? 'flexible';
  const place = (v ? v.place : initial.place) ?? (homeText ? 'home' : 'address');
  const weekdays = v ? (v.weekdays ?? '').split(',').filter(Boolean) : initial.weekdays;
  const urgent = v ? v.urgent === 'on' : initial.urgent;
  const kept = parseChoice(v?.addressChoice);
  const choices = state.addressResults ?? (kept ? [kept] : []);
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  const general = errors._ ?? state.message;

  return (
    // A new key per answer: React resets a form after its action, and a <select> would fall
    // back to its first option instead of the value sent back.
    <form key={state.attempt ?? 'initial'} action={action} className="flex flex-col gap-7" noValidate>
      {/* Pressing Enter in a field publishes: the first submit button is the form's default. */}
      <button type="submit" name="intent" value="publish" className="hidden" tabIndex={-1} aria-hidden="true" />
      {general ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {general}
        </p>
      ) : null}
      {postId ? <input type="hidden" name="postId" value={postId} /> : null}

      <fieldset aria-describedby={describedBy(errors.kind && 'kind-error')}>
        <legend className="text-lg font-semibold">{labels.kindLabel}</legend>
        <FieldError id="kind-error" text={errors.kind} />
        <div className="mt-2 flex flex-wrap gap-3">
          {(['need', 'offer'] as const).map((k) => (
            <label key={k} className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold">
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="size-5 accent-primary" />
              {k === 'need' ? labels.kindNeed : labels.kindOffer}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor="field-category" className="text-lg font-semibold">
          {labels.categoryLabel}
        </label>
        <FieldError id="category-error" text={errors.category} />
        <select
          id="field-category"
          name="category"
          defaultValue={value('category')}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={describedBy(errors.category && 'category-error')}
          className={inputClass}
        >
          <option value="">{labels.categoryPlaceholder}</option>
          {categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>

      <TextField name="title" label={labels.titleLabel} hint={labels.titleHint} error={errors.title} defaultValue={value('title')} maxLength={80} autoComplete="off" />

      <div className="flex flex-col gap-1">
        <label htmlFor="field-description" className="text-lg font-semibold">
          {labels.descriptionLabel}
        </label>
        <p id="field-description-hint" className="text-base text-zinc-700">
          {labels.descriptionHint}
        </p>
        <FieldError id="field-description-error" text={errors.description} />
        <textarea
          id="field-description"
          name="description"
          rows={5}
          maxLength={1000}
          defaultValue={value('description')}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('field-description-hint', errors.description && 'field-description-error')}
          className={inputClass}
        />
      </div>

      <fieldset className="group/when flex flex-col gap-3" aria-describedby={describedBy(errors.when && 'when-error')}>
        <legend className="text-lg font-semibold">{labels.whenLabel}</legend>
        <FieldError id="when-error" text={errors.when} />
        <div className="flex flex-wrap gap-3">
          {(
            [
              ['flexible', labels.whenFlexible],
              ['date', labels.whenDate],
              ['weekly', labels.whenWeekly],
            ] as const
          ).map(([k, label]) => (
            <label key={k} className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold">
              <input type="radio" name="when" value={k} id={`when-${k}`} defaultChecked={when === k} className="size-5 accent-primary" />
              {label}
            </label>
          ))}
        </div>
        <div className="hidden flex-col gap-1 group-has-[#when-date:checked]/when:flex">
          <label htmlFor="field-date" className="text-lg font-semibold">
            {labels.dateLabel}
          </label>
          <p id="field-date-hint" className="text-base text-zinc-700">
            {labels.dateHint}
          </p>
          <FieldError id="field-date-error" text={errors.date} />
          <input
            id="field-date"
            name="date"
            type="date"
            min={today}
            defaultValue={value('date')}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy('field-date-hint', errors.date && 'field-date-error')}
            className={`${inputClass} max-w-xs`}
          />
        </div>
        <fieldset className="hidden group-has-[#when-weekly:checked]/when:block" aria-describedby={describedBy(errors.weekdays && 'weekdays-error')}>
          <legend className="text-lg font-semibold">{labels.weekdaysLabel}</legend>
          <FieldError id="weekdays-error" text={errors.weekdays} />
          <div className="mt-2 flex flex-wrap gap-2">
            {WEEKDAY_KEYS.map((d) => (
              <label key={d} className="flex min-h-12 items-center gap-2 rounded-lg border-2 border-zinc-400 bg-white px-3 text-lg has-[:checked]:border-primary">
                <input type="checkbox" name="weekdays" value={d} defaultChecked={weekdays.includes(d)} className="size-5 accent-primary" />
                {weekdayLabels[d]}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="group/place flex flex-col gap-3" aria-describedby={describedBy(errors.place && 'place-error')}>
        <legend className="text-lg font-semibold">{labels.placeLabel}</legend>
        <FieldError id="place-error" text={errors.place} />
        <label className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 py-2 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold">
          <input type="radio" name="place" value="home" id="place-home" defaultChecked={place === 'home'} className="size-5 accent-primary" />
          <span>
            {labels.placeHome}
            {/* Not format() from lib/i18n/messages: it would bring both catalogues into the browser. */}
            <span className="block text-base font-normal text-zinc-700">{homeText ? labels.placeHomeHint.replace('{area}', homeText) : labels.placeHomeMissing}</span>
          </span>
        </label>
        {!homeText ? (
          <a href={setHomeHref} className="inline-flex min-h-12 items-center self-start text-lg font-semibold underline">
            {labels.placeHomeSet}
          </a>
        ) : null}
        <label className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 py-2 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold">
          <input type="radio" name="place" value="address" id="place-address" defaultChecked={place === 'address'} className="size-5 accent-primary" />
          {labels.placeAddress}
        </label>
        <div className="hidden flex-col gap-3 rounded-lg bg-white p-3 ring-1 ring-zinc-300 group-has-[#place-address:checked]/place:flex">
          <TextField name="address" label={labels.addressLabel} hint={labels.addressHint} error={errors.address} defaultValue={value('address')} maxLength={200} autoComplete="street-address" />
          <div>
            <button type="submit" name="intent" value="search" className={secondary}>
              {labels.addressSearch}
            </button>
          </div>
          {choices.length ? (
            <fieldset>
              <legend className="text-lg font-semibold">{labels.addressResults}</legend>
              <ul className="mt-2 flex flex-col gap-2">
                {choices.map((c, i) => (
                  <li key={`${c.label}-${i}`}>
                    <label className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 px-3 text-lg has-[:checked]:border-primary">
                      <input
                        type="radio"
                        name="addressChoice"
                        value={JSON.stringify(c)}
                        defaultChecked={choices.length === 1 || v?.addressChoice === JSON.stringify(c)}
                        className="size-5 accent-primary"
                      />
                      {c.label}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
        </div>
      </fieldset>

      <label className="flex min-h-12 items-center gap-3 text-lg font-semibold">
        <input type="checkbox" name="urgent" defaultChecked={urgent} className="size-6 accent-primary" />
        {labels.urgencyLabel}
      </label>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{submitLabel}</SubmitButton>
        <a href={postId ? `/annonces/${postId}` : '/'} className="inline-flex min-h-12 items-center text-lg underline">
          {labels.cancel}
        </a>
      </div>
    </form>
  );
}
