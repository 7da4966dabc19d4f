'use client';

import { useActionState, useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { stepOfField, WIZARD_STEPS } from '@/lib/operator/wizard-steps';
import { checkWizardStepAction, createCouncilAction } from './actions';

type Props = {
  w: Messages['operator']['wizard'];
  kinds: Messages['kinds'];
  plans: string[];
  siteExample: string;
  presets: { key: string; label: string; description: string }[];
};

const INITIAL = {
  name: '',
  kind: 'commune',
  inseeCode: '',
  population: '',
  slug: '',
  centreLat: '',
  centreLng: '',
  radiusKm: '3',
  primary: '#1E3A5F',
  accent: '#0B6E6D',
  font: 'sans',
  preset: 'essentiel',
  adminEmail: '',
};
type Values = typeof INITIAL;

/** A lowercase, accent-free subdomain suggestion from the name (the operator may change it). */
function suggest(name: string) {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

function luminance(hex: string) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
function textOn(hex: string) {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return '#FFFFFF';
  const l = luminance(hex);
  return (1.05 / (l + 0.05) >= (l + 0.05) / (luminance('#000000') + 0.05)) ? '#FFFFFF' : '#000000';
}

/**
 * Six steps in one form: every step stays in the page (hidden ones are `hidden`), so what was
 * typed survives going back and forth and the last step submits everything. Each "Continuer"
 * asks the server to check that step; the final submit checks it all again, and on error
 * brings the operator back to the first step with a problem.
 */
export function CouncilWizard({ w, kinds, plans, siteExample, presets }: Props) {
  const [state, submit, creating] = useActionState<FormState, FormData>(createCouncilAction, {});
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<Values>(INITIAL);
  const [slugTouched, setSlugTouched] = useState(false);
  const [stepState, setStepState] = useState<FormState>({});
  const [checking, startChecking] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const errors = { ...(state.fieldErrors ?? {}), ...(stepState.fieldErrors ?? {}) };
  const message = stepState.message ?? state.message;

  // After a failed creation, go to the first step that has a problem.
  useEffect(() => {
    if (state.ok === false && state.fieldErrors) {
      const first = Math.min(...Object.keys(state.fieldErrors).map(stepOfField));
      if (Number.isFinite(first)) setStep(first);
      moved.current = true;
    }
  }, [state]);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step, state]);

  const set = (key: keyof Values) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setValues((v) => ({ ...v, [key]: value, ...(key === 'name' && !slugTouched ? { slug: suggest(value) } : {}) }));
    if (key === 'slug') setSlugTouched(true);
  };

  const goTo = (target: number) => {
    moved.current = true;
    setStepState({});
    setStep(target);
  };

  const next = () => {
    const form = formRef.current!;
    startChecking(async () => {
      const result = await checkWizardStepAction(WIZARD_STEPS[step]!.key, new FormData(form));
      moved.current = true;
      if (result.ok) {
        setStepState({});
        setStep((s) => s + 1);
      } else {
        setStepState(result);
        headingRef.current?.focus();
      }
    });
  };

  const total = WIZARD_STEPS.length;
  const current = WIZARD_STEPS[step]!;
  const field = (name: keyof Values | 'logo', label: string, input: ReactNode, hint?: string) => {
    const error = errors[name];
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`w-${name}`} className="text-lg font-semibold">
          {label}
        </label>
        {hint ? (
          <p id={`w-${name}-hint`} className="text-base text-zinc-700">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`w-${name}-error`} className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        {input}
      </div>
    );
  };
  const describedBy = (name: string, hint?: boolean) => [hint ? `w-${name}-hint` : null, errors[name] ? `w-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const inputClass = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';
  const text = (name: keyof Values, extra: Record<string, unknown> = {}, hint = false) => (
    <input
      id={`w-${name}`}
      name={name}
      value={values[name]}
      onChange={set(name)}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describedBy(name, hint)}
      className={inputClass}
      {...extra}
    />
  );
  const section = (index: number, children: ReactNode) => (
    <section hidden={index !== step} aria-labelledby={index === step ? 'wizard-step' : undefined} className="flex flex-col gap-5">
      {children}
    </section>
  );
  const siteUrl = siteExample.replace('{slug}', values.slug || 'exemple');
  const presetLabel = presets.find((p) => p.key === values.preset)?.label ?? values.preset;

  return (
    <form
      ref={formRef}
      action={submit}
      encType="multipart/form-data"
      className="mt-6 flex flex-col gap-6 rounded-xl bg-white p-5 ring-1 ring-zinc-300"
      noValidate
      onKeyDown={(e) => {
        // Enter in a field moves to the next step (the form is only submitted from the last one).
        if (e.key === 'Enter' && step < total - 1 && e.target instanceof HTMLInputElement && e.target.type !== 'radio') {
          e.preventDefault();
          next();
        }
      }}
    >
      <h2 id="wizard-step" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        {format(w.stepOf, { step: step + 1, total, title: w.steps[current.key] })}
      </h2>
      <ol className="flex flex-wrap gap-2 text-base" aria-label={w.title}>
        {WIZARD_STEPS.map((s, i) => (
          <li key={s.key} aria-current={i === step ? 'step' : undefined} className={i === step ? 'rounded-full bg-[#1E3A5F] px-3 py-1 font-semibold text-white' : 'rounded-full bg-zinc-100 px-3 py-1 text-zinc-800'}>
            {i + 1}. {w.steps[s.key]}
          </li>
        ))}
      </ol>
      {message ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {message}
        </p>
      ) : null}

      {section(
        0,
        <>
          {field('name', w.name, text('name', { autoComplete: 'organization', maxLength: 120 }, true), w.nameHint)}
          <fieldset className="flex flex-col gap-2">
            <legend className="text-lg font-semibold">{w.kind}</legend>
            {errors.kind ? <p className="font-semibold text-red-800">{errors.kind}</p> : null}
            {(['commune', 'intercommunalite', 'departement'] as const).map((k) => (
              <label key={k} className="flex min-h-12 items-center gap-3 text-lg">
                <input type="radio" name="kind" value={k} checked={values.kind === k} onChange={set('kind')} className="size-6" />
                {kinds[k]}
              </label>
            ))}
          </fieldset>
          {field('inseeCode', w.inseeCode, text('inseeCode', { maxLength: 5, autoComplete: 'off' }, true), w.inseeHint)}
          {field('population', w.population, text('population', { inputMode: 'numeric', autoComplete: 'off' }, true), w.populationHint)}
          <ul className="list-disc pl-6 text-base text-zinc-700">
            {plans.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>,
      )}

      {section(
        1,
        field('slug', w.slug, text('slug', { maxLength: 40, autoComplete: 'off', spellCheck: false, autoCapitalize: 'none' }, true), format(w.slugHint, { example: siteUrl })),
      )}

      {section(
        2,
        <>
          <p className="text-lg">{w.mapIntro}</p>
          {/* The map point picker (lib/map, MapPointPicker) mounts here and fills centreLat/centreLng through setValues. */}
          {field('centreLat', w.centreLat, text('centreLat', { inputMode: 'decimal', autoComplete: 'off' }, true), w.centreLatHint)}
          {field('centreLng', w.centreLng, text('centreLng', { inputMode: 'decimal', autoComplete: 'off' }, true), w.centreLngHint)}
          {field('radiusKm', w.radius, text('radiusKm', { inputMode: 'decimal', autoComplete: 'off' }, true), w.radiusHint)}
          {values.centreLat && values.centreLng ? (
            <p className="text-base text-zinc-700">{format(w.mapPreview, { radius: values.radiusKm, lat: values.centreLat, lng: values.centreLng })}</p>
          ) : null}
        </>,
      )}

      {section(
        3,
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            {(['primary', 'accent'] as const).map((c) => (
              <div key={c} className="flex flex-col gap-2">
                {field(c, c === 'primary' ? w.primary : w.accent, text(c, { type: 'color', className: 'h-14 w-28 cursor-pointer rounded-md border-2 border-zinc-500 bg-white p-1' }, true), w.colourHint)}
                <p className="rounded-md px-3 py-2 text-lg font-semibold" style={{ backgroundColor: values[c], color: textOn(values[c]) }} aria-hidden="true">
                  {values.name || w.name}
                </p>
              </div>
            ))}
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="text-lg font-semibold">{w.font}</legend>
            {(['sans', 'serif', 'rounded'] as const).map((f) => (
              <label key={f} className="flex min-h-12 items-center gap-3 text-lg">
                <input type="radio" name="font" value={f} checked={values.font === f} onChange={set('font')} className="size-6" />
                {w.fonts[f]}
              </label>
            ))}
          </fieldset>
          {field(
            'logo',
            w.logo,
            <input
              id="w-logo"
              name="logo"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              aria-invalid={errors.logo ? true : undefined}
              aria-describedby={describedBy('logo', true)}
              className="text-lg"
            />,
            w.logoHint,
          )}
          <fieldset className="flex flex-col gap-2">
            <legend className="text-lg font-semibold">{w.preset}</legend>
            {errors.preset ? <p className="font-semibold text-red-800">{errors.preset}</p> : null}
            {presets.map((p) => (
              <label key={p.key} className="flex items-start gap-3 rounded-lg border-2 border-zinc-300 p-3 text-lg">
                <input type="radio" name="preset" value={p.key} checked={values.preset === p.key} onChange={set('preset')} className="mt-1 size-6" />
                <span>
                  <span className="block font-semibold">{p.label}</span>
                  <span className="block text-base text-zinc-700">{p.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </>,
      )}

      {section(4, field('adminEmail', w.adminEmail, text('adminEmail', { type: 'email', inputMode: 'email', autoComplete: 'off' }, true), w.adminEmailHint))}

      {section(
        5,
        <>
          <p className="text-lg">{w.summaryIntro}</p>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {(
              [
                [w.name, values.name],
                [w.kind, kinds[values.kind as keyof typeof kinds]],
                [w.inseeCode, values.inseeCode],
                [w.population, values.population],
                [w.slug, siteUrl],
                [w.centreLat, values.centreLat],
                [w.centreLng, values.centreLng],
                [w.radius, values.radiusKm],
                [w.primary, values.primary],
                [w.accent, values.accent],
                [w.font, w.fonts[values.font as keyof typeof w.fonts]],
                [w.preset, presetLabel],
                [w.adminEmail, values.adminEmail],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </>,
      )}

      <div className="flex flex-wrap gap-3">
        {step > 0 ? (
          <button type="button" onClick={() => goTo(step - 1)} className="min-h-12 rounded-lg border-2 border-[#1E3A5F] px-6 py-2 text-lg font-bold text-[#1E3A5F]">
            {w.previous}
          </button>
        ) : null}
        {step < total - 1 ? (
          <button type="button" onClick={next} aria-disabled={checking} className="min-h-12 rounded-lg bg-[#1E3A5F] px-6 py-2 text-lg font-bold text-white aria-disabled:opacity-70">
            {w.next}
          </button>
        ) : (
          <button type="submit" aria-disabled={creating} onClick={(e) => creating && e.preventDefault()} className="min-h-12 rounded-lg bg-[#1E3A5F] px-6 py-2 text-lg font-bold text-white aria-disabled:opacity-70">
            {w.create}
          </button>
        )}
      </div>
    </form>
  );
}
