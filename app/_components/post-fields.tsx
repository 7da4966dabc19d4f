import { TextField } from '@/app/_components/text-field';
import type { Messages } from '@/lib/i18n/fr';

/**
 * The parts of a post's form shared by a resident's own form (R4) and the guichet's (A5): the
 * category, title, description and "when", and the list of addresses found by the geocoder.
 * Plain form controls: conditional parts show with CSS :has(), so the forms work without
 * JavaScript, and the server answers per field with what was typed.
 */

export const inputClass = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';
export const choiceClass =
  'flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 py-2 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold';
export const secondaryButtonClass =
  'min-h-12 rounded-lg border-2 border-primary bg-white px-5 py-2 text-lg font-bold text-primary hover:bg-zinc-50 aria-disabled:opacity-70';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="font-semibold text-red-800">
      {text}
    </p>
  ) : null;
}

export type AddressChoice = { label: string; lat: number; lng: number };

/** The address the person picked, sent back by the server as the radio's JSON value. */
export function parseAddressChoice(value: string | undefined): AddressChoice | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as { label?: unknown; lat?: unknown; lng?: unknown };
    return typeof v.label === 'string' && typeof v.lat === 'number' && typeof v.lng === 'number' ? { label: v.label, lat: v.lat, lng: v.lng } : null;
  } catch {
    return null;
  }
}

/** The geocoder's answers as radios; a single answer is chosen already. */
export function AddressChoices({ choices, chosen, legend }: { choices: AddressChoice[]; chosen: string | undefined; legend: string }) {
  if (!choices.length) return null;
  return (
    <fieldset>
      <legend className="text-lg font-semibold">{legend}</legend>
      <ul className="mt-2 flex flex-col gap-2">
        {choices.map((c, i) => (
          <li key={`${c.label}-${i}`}>
            <label className={choiceClass}>
              <input
                type="radio"
                name="addressChoice"
                value={JSON.stringify(c)}
                defaultChecked={choices.length === 1 || chosen === JSON.stringify(c)}
                className="size-5 accent-primary"
              />
              {c.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

type DetailsProps = {
  categories: { key: string; label: string }[];
  values: { category: string; title: string; description: string; when: string; date: string; weekdays: string[] };
  errors: Partial<Record<'category' | 'title' | 'description' | 'when' | 'date' | 'weekdays', string>>;
  today: string;
  labels: Messages['postForm'];
  weekdayLabels: Messages['post']['weekdays'];
  descriptionRows?: number;
};

/** Category, title, description and when (flexible, a date, or days of the week). */
export function PostDetailsFields({ categories, values, errors, today, labels, weekdayLabels, descriptionRows = 5 }: DetailsProps) {
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-category" className="text-lg font-semibold">
          {labels.categoryLabel}
        </label>
        <FieldError id="category-error" text={errors.category} />
        <select
          id="field-category"
          name="category"
          defaultValue={values.category}
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

      <TextField name="title" label={labels.titleLabel} hint={labels.titleHint} error={errors.title} defaultValue={values.title} maxLength={80} autoComplete="off" />

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
          rows={descriptionRows}
          maxLength={1000}
          defaultValue={values.description}
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
            <label key={k} className={choiceClass}>
              <input type="radio" name="when" value={k} id={`when-${k}`} defaultChecked={values.when === k} className="size-5 accent-primary" />
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
            defaultValue={values.date}
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
                <input type="checkbox" name="weekdays" value={d} defaultChecked={values.weekdays.includes(d)} className="size-5 accent-primary" />
                {weekdayLabels[d]}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
    </>
  );
}
