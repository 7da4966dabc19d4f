'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { Messages } from '@/lib/i18n/fr';
import { saveAssistedRequestAction, type AssistedFormState } from '../actions';

type Props = {
  categories: { key: string; label: string }[];
  quartiers: { id: string; name: string }[];
  today: string;
  labels: { post: Messages['postForm']; assisted: Messages['assisted']; weekdays: Messages['post']['weekdays'] };
};

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const inputClass = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';
const secondary = 'min-h-12 rounded-lg border-2 border-primary bg-white px-5 py-2 text-lg font-bold text-primary hover:bg-zinc-50 aria-disabled:opacity-70';
const choice = 'flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 py-2 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold';
const section = 'flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300';

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
  const kept = parseChoice(v.addressChoice);
  const choices = state.addressResults ?? (kept ? [kept] : []);
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
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
        {choices.length ? (
          <fieldset>
            <legend className="text-lg font-semibold">{p.addressResults}</legend>
            <ul className="mt-2 flex flex-col gap-2">
              {choices.map((c, i) => (
                <li key={`${c.label}-${i}`}>
                  <label className={choice}>
                    <input
                      type="radio"
                      name="addressChoice"
                      value={JSON.stringify(c)}
                      defaultChecked={choices.length === 1 || v.addressChoice === JSON.stringify(c)}
                      className="size-5 accent-primary"
                    />
                    {c.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
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
        <div className="flex flex-col gap-1">
          <label htmlFor="field-category" className="text-lg font-semibold">
            {p.categoryLabel}
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
            <option value="">{p.categoryPlaceholder}</option>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <TextField name="title" label={p.titleLabel} hint={p.titleHint} error={errors.title} defaultValue={value('title')} maxLength={80} autoComplete="off" />
        <div className="flex flex-col gap-1">
          <label htmlFor="field-description" className="text-lg font-semibold">
            {p.descriptionLabel}
          </label>
          <p id="field-description-hint" className="text-base text-zinc-700">
            {p.descriptionHint}
          </p>
          <FieldError id="field-description-error" text={errors.description} />
          <textarea
            id="field-description"
            name="description"
            rows={4}
            maxLength={1000}
            defaultValue={value('description')}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy('field-description-hint', errors.description && 'field-description-error')}
            className={inputClass}
          />
        </div>
        <fieldset className="group/when flex flex-col gap-3" aria-describedby={describedBy(errors.when && 'when-error')}>
          <legend className="text-lg font-semibold">{p.whenLabel}</legend>
          <FieldError id="when-error" text={errors.when} />
          <div className="flex flex-wrap gap-3">
            {(
              [
                ['flexible', p.whenFlexible],
                ['date', p.whenDate],
                ['weekly', p.whenWeekly],
              ] as const
            ).map(([k, label]) => (
              <label key={k} className={choice}>
                <input type="radio" name="when" value={k} id={`when-${k}`} defaultChecked={when === k} className="size-5 accent-primary" />
                {label}
              </label>
            ))}
          </div>
          <div className="hidden flex-col gap-1 group-has-[#when-date:checked]/when:flex">
            <label htmlFor="field-date" className="text-lg font-semibold">
              {p.dateLabel}
            </label>
            <FieldError id="field-date-error" text={errors.date} />
            <input
              id="field-date"
              name="date"
              type="date"
              min={today}
              defaultValue={value('date')}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy(errors.date && 'field-date-error')}
              className={`${inputClass} max-w-xs`}
            />
          </div>
          <fieldset className="hidden group-has-[#when-weekly:checked]/when:block" aria-describedby={describedBy(errors.weekdays && 'weekdays-error')}>
            <legend className="text-lg font-semibold">{p.weekdaysLabel}</legend>
            <FieldError id="weekdays-error" text={errors.weekdays} />
            <div className="mt-2 flex flex-wrap gap-2">
              {WEEKDAY_KEYS.map((d) => (
                <label key={d} className="flex min-h-12 items-center gap-2 rounded-lg border-2 border-zinc-400 bg-white px-3 text-lg has-[:checked]:border-primary">
                  <input type="checkbox" name="weekdays" value={d} defaultChecked={weekdays.includes(d)} className="size-5 accent-primary" />
                  {labels.weekdays[d]}
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
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
