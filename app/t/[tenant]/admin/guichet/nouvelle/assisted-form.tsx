'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import {
  AddressChoices,
  choiceClass as choice,
  describedBy,
  FieldError,
  inputClass,
  parseAddressChoice,
  PostDetailsFields,
  secondaryButtonClass as secondary,
} from '@/app/_components/post-fields';
import { TextField } from '@/app/_components/text-field';
import type { Messages } from '@/lib/i18n/fr';
import { saveAssistedRequestAction, type AssistedFormState } from '../actions';

type Props = {
  categories: { key: string; label: string }[];
  quartiers: { id: string; name: string }[];
  today: string;
  labels: { post: Messages['postForm']; assisted: Messages['assisted']; weekdays: Messages['post']['weekdays'] };
};

const section = 'flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300';

/**
 * A5: what an agent fills in while the person is on the phone or at the desk. The person's
 * details and the public need are two visibly separate parts; conditional parts show with CSS
 * :has(), so it works without JavaScript; the server checks everything and answers per field.
 */
export function AssistedForm({ categories, quartiers, today, labels }: Props) {
  const [state, action] = useActionState<AssistedFormState, FormData>(saveAssistedRequestAction, {});
  const { post: p, assisted: a } = labels;
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const value = (key: string) => v[key] ?? '';
  const when = v.when ?? 'flexible';
  const placeMode = v.placeMode ?? 'address';
  const weekdays = (v.weekdays ?? '').split(',').filter(Boolean);
  const kept = parseAddressChoice(v.addressChoice);
  const choices = state.addressResults ?? (kept ? [kept] : []);
  const general = errors._ ?? (state.ok === false && !Object.keys(errors).length ? state.message : undefined);
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form key={state.attempt ?? 'initial'} action={action} className="flex flex-col gap-6" noValidate>
      {/* Enter in a field publishes: the first submit button is the form's default. */}
      <button type="submit" name="intent" value="publish" className="hidden" tabIndex={-1} aria-hidden="true" />
      <input type="hidden" name="kind" value="need" />
      <input type="hidden" name="place" value="address" />
      {general ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {general}
        </p>
      ) : hasErrors ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}

      <fieldset className={section}>
        <legend className="mb-1 text-xl font-bold">{a.personTitle}</legend>
        <TextField name="requesterName" label={a.nameLabel} error={errors.requesterName} defaultValue={value('requesterName')} maxLength={100} autoComplete="off" />
        <TextField name="requesterPhone" label={a.phoneLabel} hint={a.phoneHint} error={errors.requesterPhone} defaultValue={value('requesterPhone')} type="tel" maxLength={30} autoComplete="off" />
        <TextField name="address" label={a.addressLabel} hint={a.addressHint} error={errors.address} defaultValue={value('address')} maxLength={200} autoComplete="off" />
        <div>
          <button type="submit" name="intent" value="search" className={secondary}>
            {p.addressSearch}
          </button>
        </div>
        {state.geocoderError ? <p className="text-lg">{a.geocoderHint}</p> : null}
        <AddressChoices choices={choices} chosen={v.addressChoice} legend={p.addressResults} />
      </fieldset>

      <fieldset className={`${section} group/place`} aria-describedby={describedBy(errors.placeMode && 'placeMode-error')}>
        <legend className="mb-1 text-xl font-bold">{a.placeTitle}</legend>
        <FieldError id="placeMode-error" text={errors.placeMode} />
        <label className={choice}>
          <input type="radio" name="placeMode" value="address" defaultChecked={placeMode === 'address'} className="size-5 accent-primary" />
          {a.placeAddress}
        </label>
        {quartiers.length ? (
          <>
            <label className={choice}>
              <input type="radio" name="placeMode" value="quartier" id="place-quartier" defaultChecked={placeMode === 'quartier'} className="size-5 accent-primary" />
              {a.placeQuartier}
            </label>
            <div className="hidden flex-col gap-1 group-has-[#place-quartier:checked]/place:flex">
              <label htmlFor="field-quartier" className="text-lg font-semibold">
                {a.quartierLabel}
              </label>
              <FieldError id="field-quartier-error" text={errors.quartier} />
              <select
                id="field-quartier"
                name="quartier"
                defaultValue={value('quartier')}
                aria-invalid={errors.quartier ? true : undefined}
                aria-describedby={describedBy(errors.quartier && 'field-quartier-error')}
                className={inputClass}
              >
                <option value="">{a.quartierPlaceholder}</option>
                {quartiers.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        <label className={choice}>
          <input type="radio" name="placeMode" value="centre" defaultChecked={placeMode === 'centre'} className="size-5 accent-primary" />
          {a.placeCentre}
        </label>
      </fieldset>

      <fieldset className={`${section} group/consent`}>
        <legend className="mb-1 text-xl font-bold">{a.consentTitle}</legend>
        <FieldError id="consentGiven-error" text={errors.consentGiven} />
        <label className="flex items-start gap-3 text-lg">
          <input
            type="checkbox"
            name="consentGiven"
            defaultChecked={v.consentGiven === 'on'}
            aria-describedby={describedBy(errors.consentGiven && 'consentGiven-error')}
            className="mt-1 size-6 shrink-0 accent-primary"
          />
          {a.consentGiven}
        </label>
        <fieldset aria-describedby={describedBy(errors.consentMethod && 'consentMethod-error')}>
          <legend className="text-lg font-semibold">{a.consentMethodLabel}</legend>
          <FieldError id="consentMethod-error" text={errors.consentMethod} />
          <div className="mt-2 flex flex-wrap gap-3">
            {(['phone', 'in_person', 'other'] as const).map((k) => (
              <label key={k} className={choice}>
                <input type="radio" name="consentMethod" value={k} defaultChecked={(v.consentMethod ?? 'phone') === k} className="size-5 accent-primary" />
                {a.consentMethods[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField name="consentNote" label={a.consentNoteLabel} hint={a.consentNoteHint} error={errors.consentNote} defaultValue={value('consentNote')} maxLength={300} autoComplete="off" />
      </fieldset>

      <fieldset className={section}>
        <legend className="mb-1 text-xl font-bold">{a.needTitle}</legend>
        <p className="text-lg font-semibold text-zinc-800">{a.needHint}</p>
        <PostDetailsFields
          categories={categories}
          values={{ category: value('category'), title: value('title'), description: value('description'), when, date: value('date'), weekdays }}
          errors={errors}
          today={today}
          labels={p}
          weekdayLabels={labels.weekdays}
          descriptionRows={4}
        />
        <label className="flex min-h-12 items-center gap-3 text-lg font-semibold">
          <input type="checkbox" name="urgent" defaultChecked={v.urgent === 'on'} className="size-6 accent-primary" />
          {p.urgencyLabel}
        </label>
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor="field-staffNote" className="text-lg font-semibold">
          {a.staffNoteLabel}
        </label>
        <p id="field-staffNote-hint" className="text-base text-zinc-700">
          {a.staffNoteHint}
        </p>
        <FieldError id="field-staffNote-error" text={errors.staffNote} />
        <textarea
          id="field-staffNote"
          name="staffNote"
          rows={2}
          maxLength={1000}
          defaultValue={value('staffNote')}
          aria-describedby={describedBy('field-staffNote-hint', errors.staffNote && 'field-staffNote-error')}
          className={inputClass}
        />
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{a.submit}</SubmitButton>
        <a href="/admin/guichet" className="inline-flex min-h-12 items-center text-lg underline">
          {p.cancel}
        </a>
      </div>
    </form>
  );
}
