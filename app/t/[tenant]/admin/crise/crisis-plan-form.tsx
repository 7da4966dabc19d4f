'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import type { Messages } from '@/lib/i18n/fr';
import { FormError } from '../_components/form-error';
import { saveCrisisPlanAction } from './actions';

type Plan = { bannerText: string; categoryIds: string[]; preModeration: boolean; announcementTitle: string; announcementBody: string; announcementEmail: boolean };

const choice = 'flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold';
const area = 'rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';

/** A10: what crisis mode will do, prepared calmly in advance. */
export function CrisisPlanForm({ plan, categories, t }: { plan: Plan; categories: { id: string; label: string }[]; t: Messages['crisisAdmin'] }) {
  const [state, action] = useActionState<FormState, FormData>(saveCrisisPlanAction, {});
  const e = state.fieldErrors ?? {};
  const v = state.values;
  // After an error, what was ticked comes back from the form (several values of one field).
  const ticked = new Set(v ? (v.categoryIdsAll ?? '').split(',') : plan.categoryIds);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormError message={state.message} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-bannerText" className="text-lg font-semibold">
          {t.bannerLabel}
        </label>
        <p id="field-bannerText-hint" className="text-base text-zinc-700">
          {t.bannerHint}
        </p>
        {e.bannerText ? (
          <p id="field-bannerText-error" className="font-semibold text-red-800">
            {e.bannerText}
          </p>
        ) : null}
        <textarea
          id="field-bannerText"
          name="bannerText"
          rows={3}
          maxLength={300}
          defaultValue={v?.bannerText ?? plan.bannerText}
          aria-invalid={e.bannerText ? true : undefined}
          aria-describedby={['field-bannerText-hint', e.bannerText ? 'field-bannerText-error' : ''].filter(Boolean).join(' ')}
          className={area}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-lg font-semibold">{t.categoriesLegend}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {categories.map((c) => (
            <label key={c.id} className={choice}>
              <input type="checkbox" name="categoryIds" value={c.id} defaultChecked={ticked.has(c.id)} className="size-6 shrink-0 accent-primary" />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-lg font-semibold">{t.moderationLegend}</legend>
        <label className={choice}>
          <input type="radio" name="preModeration" value="on" defaultChecked={(v?.preModeration ?? (plan.preModeration ? 'on' : 'off')) === 'on'} className="size-6 shrink-0 accent-primary" />
          {t.moderationPre}
        </label>
        <label className={choice}>
          <input type="radio" name="preModeration" value="off" defaultChecked={(v?.preModeration ?? (plan.preModeration ? 'on' : 'off')) === 'off'} className="size-6 shrink-0 accent-primary" />
          {t.moderationPost}
        </label>
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-xl border-2 border-zinc-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.announcementLegend}</legend>
        <TextField name="announcementTitle" label={t.announcementTitle} maxLength={120} error={e.announcementTitle} defaultValue={v?.announcementTitle ?? plan.announcementTitle} />
        <div className="flex flex-col gap-1">
          <label htmlFor="field-announcementBody" className="text-lg font-semibold">
            {t.announcementBody}
          </label>
          {e.announcementBody ? (
            <p id="field-announcementBody-error" className="font-semibold text-red-800">
              {e.announcementBody}
            </p>
          ) : null}
          <textarea
            id="field-announcementBody"
            name="announcementBody"
            rows={4}
            maxLength={1000}
            defaultValue={v?.announcementBody ?? plan.announcementBody}
            aria-invalid={e.announcementBody ? true : undefined}
            aria-describedby={e.announcementBody ? 'field-announcementBody-error' : undefined}
            className={area}
          />
        </div>
        <label className="flex min-h-12 items-center gap-3 text-lg">
          <input type="checkbox" name="announcementEmail" defaultChecked={v ? v.announcementEmail === 'on' : plan.announcementEmail} className="size-6 shrink-0 accent-primary" />
          {t.announcementEmail}
        </label>
      </fieldset>
      <div>
        <SubmitButton>{t.savePlan}</SubmitButton>
      </div>
    </form>
  );
}
