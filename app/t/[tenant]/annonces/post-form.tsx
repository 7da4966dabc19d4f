'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import {
  AddressChoices,
  choiceClass,
  describedBy,
  FieldError,
  parseAddressChoice,
  PostDetailsFields,
  secondaryButtonClass,
} from '@/app/_components/post-fields';
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
  const kept = parseAddressChoice(v?.addressChoice);
  const choices = state.addressResults ?? (kept ? [kept] : []);
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
            <label key={k} className={choiceClass}>
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="size-5 accent-primary" />
              {k === 'need' ? labels.kindNeed : labels.kindOffer}
            </label>
          ))}
        </div>
      </fieldset>

      <PostDetailsFields
        categories={categories}
        values={{ category: value('category'), title: value('title'), description: value('description'), when, date: value('date'), weekdays }}
        errors={errors}
        today={today}
        labels={labels}
        weekdayLabels={weekdayLabels}
      />

      <fieldset className="group/place flex flex-col gap-3" aria-describedby={describedBy(errors.place && 'place-error')}>
        <legend className="text-lg font-semibold">{labels.placeLabel}</legend>
        <FieldError id="place-error" text={errors.place} />
        <label className={choiceClass}>
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
        <label className={choiceClass}>
          <input type="radio" name="place" value="address" id="place-address" defaultChecked={place === 'address'} className="size-5 accent-primary" />
          {labels.placeAddress}
        </label>
        <div className="hidden flex-col gap-3 rounded-lg bg-white p-3 ring-1 ring-zinc-300 group-has-[#place-address:checked]/place:flex">
          <TextField name="address" label={labels.addressLabel} hint={labels.addressHint} error={errors.address} defaultValue={value('address')} maxLength={200} autoComplete="street-address" />
          <div>
            <button type="submit" name="intent" value="search" className={secondaryButtonClass}>
              {labels.addressSearch}
            </button>
          </div>
          <AddressChoices choices={choices} chosen={v?.addressChoice} legend={labels.addressResults} />
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
