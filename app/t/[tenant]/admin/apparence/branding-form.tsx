'use client';

import { useActionState, useEffect, useMemo, useState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { BrandingValues } from '@/db/schema/branding-drafts';
import type { FormState } from '@/lib/actions/form-state';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { FOOTER_LINKS_MAX, FONTS, THEME_COLOUR_KEYS } from '@/lib/staff/branding-fields';
import { checkThemeContrast, contrastRatio, formatRatio, isHexColour, THEME_PAIRS, type ThemeColourKey } from '@/lib/staff/contrast';
import { FormError } from '../_components/form-error';
import { saveBrandingDraftAction } from './actions';
import { HomePreview, type HomePreviewLabels } from './home-preview';

type Props = {
  /** What the form starts from: the draft if there is one, else the site as published. */
  initial: BrandingValues;
  published: BrandingValues['theme'];
  logo: { current: string | null; draft: string | null; removed: boolean };
  t: Messages['brandingAdmin'];
  previewLabels: HomePreviewLabels;
};

const inputClass = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';

/**
 * The appearance form (A2). Without JavaScript it is a plain form whose server answer shows the
 * errors and the preview page. With it, the preview beside it and each pair's contrast follow
 * every keystroke, and a failing pair offers its nearby passing colour in one click.
 */
export function BrandingForm({ initial, published, logo, t, previewLabels }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveBrandingDraftAction, {});
  const v = state.values;
  const start = useMemo(
    () => ({
      ...Object.fromEntries(THEME_COLOUR_KEYS.map((k) => [k, v?.[k] ?? initial.theme[k]])),
      name: v?.name ?? initial.name,
      welcomeTitle: v?.welcomeTitle ?? initial.welcomeTitle,
      welcomeText: v?.welcomeText ?? initial.welcomeText,
      font: v?.font ?? initial.theme.font,
    }),
    [v, initial],
  ) as Record<ThemeColourKey | 'name' | 'welcomeTitle' | 'welcomeText' | 'font', string>;
  const [live, setLive] = useState(start);
  const [logoPreview, setLogoPreview] = useState<string | null>(null);
  // A server answer (errors, typed values) resets the live copy to what was sent.
  useEffect(() => setLive(start), [start]);
  useEffect(() => () => (logoPreview ? URL.revokeObjectURL(logoPreview) : undefined), [logoPreview]);

  const set = (key: keyof typeof live) => (e: { target: { value: string } }) => setLive((s) => ({ ...s, [key]: e.target.value }));
  const colours = Object.fromEntries(THEME_COLOUR_KEYS.map((k) => [k, live[k]])) as Record<ThemeColourKey, string>;
  const allValid = THEME_COLOUR_KEYS.every((k) => isHexColour(colours[k]));
  const failures = allValid ? checkThemeContrast(colours, published) : [];
  const fieldError = (name: string) => state.fieldErrors?.[name];

  const previewValues: BrandingValues = {
    ...initial,
    name: live.name,
    welcomeTitle: live.welcomeTitle,
    welcomeText: live.welcomeText,
    theme: allValid ? { ...(colours as BrandingValues['theme']), font: live.font as BrandingValues['theme']['font'] } : initial.theme,
  };
  const removeChecked = state.values ? state.values.removeLogo === 'on' : logo.removed;
  const previewLogo = logoPreview ?? (removeChecked ? null : (logo.draft ?? logo.current));
  const shownLogo = logo.draft ?? logo.current;
  const footerRows = Math.min(FOOTER_LINKS_MAX, Math.max(3, initial.footerLinks.length + 2));

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormError message={state.message} />
      {THEME_COLOUR_KEYS.map((k) => (
        <input key={k} type="hidden" name={`was-${k}`} value={published[k]} />
      ))}

      <fieldset className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{t.identityLegend}</legend>
        <TextField name="name" label={t.name} value={live.name} onChange={set('name')} error={fieldError('name')} maxLength={120} required />
        <TextField name="shortName" label={t.shortName} defaultValue={v?.shortName ?? initial.shortName} error={fieldError('shortName')} maxLength={40} required />
        <TextField name="welcomeTitle" label={t.welcomeTitle} value={live.welcomeTitle} onChange={set('welcomeTitle')} error={fieldError('welcomeTitle')} maxLength={120} required />
        <div className="flex flex-col gap-1">
          <label htmlFor="field-welcomeText" className="text-lg font-semibold">
            {t.welcomeText}
          </label>
          {fieldError('welcomeText') ? (
            <p id="field-welcomeText-error" className="font-semibold text-red-800">
              {fieldError('welcomeText')}
            </p>
          ) : null}
          <textarea
            id="field-welcomeText"
            name="welcomeText"
            rows={4}
            maxLength={600}
            value={live.welcomeText}
            onChange={set('welcomeText')}
            aria-invalid={fieldError('welcomeText') ? true : undefined}
            aria-describedby={fieldError('welcomeText') ? 'field-welcomeText-error' : undefined}
            className={inputClass}
          />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{t.coloursLegend}</legend>
        <p className="text-base text-zinc-700">{t.coloursHint}</p>
        {THEME_PAIRS.map(({ key, colours: pair }) => {
          const ratio = allValid ? contrastRatio(colours[pair[0]], colours[pair[1]]) : null;
          const failure = failures.find((f) => f.pair === key);
          return (
            <div key={key} className="flex flex-col gap-3 rounded-lg border-2 border-zinc-200 p-3">
              {pair.map((k) => (
                <div key={k} className="flex flex-col gap-1">
                  <label htmlFor={`field-${k}`} className="text-lg font-semibold">
                    {t.colours[k]}
                  </label>
                  {fieldError(k) ? (
                    <p id={`field-${k}-error`} className="font-semibold text-red-800">
                      {fieldError(k)}
                    </p>
                  ) : null}
                  <div className="flex items-center gap-2">
                    <span aria-hidden="true" className="size-10 shrink-0 rounded-md ring-2 ring-zinc-500" style={{ background: isHexColour(live[k]) ? live[k] : 'transparent' }} />
                    <input
                      id={`field-${k}`}
                      name={k}
                      value={live[k]}
                      onChange={set(k)}
                      spellCheck={false}
                      autoComplete="off"
                      maxLength={7}
                      aria-invalid={fieldError(k) ? true : undefined}
                      aria-describedby={[`${key}-ratio`, fieldError(k) ? `field-${k}-error` : ''].filter(Boolean).join(' ')}
                      className={`${inputClass} w-36 font-mono`}
                    />
                    <input
                      type="color"
                      aria-label={format(t.palette, { label: t.colours[k] })}
                      value={isHexColour(live[k]) ? live[k].toLowerCase() : '#000000'}
                      onChange={(e) => setLive((s) => ({ ...s, [k]: e.target.value.toUpperCase() }))}
                      className="h-12 w-14 cursor-pointer rounded-md border-2 border-zinc-500 bg-white"
                      tabIndex={-1}
                    />
                  </div>
                </div>
              ))}
              <p id={`${key}-ratio`} aria-live="polite" className={failure ? 'font-semibold text-red-800' : 'text-green-900'}>
                {ratio === null ? t.colourFormat : format(failure ? t.pairLow : t.pairOk, { ratio: formatRatio(ratio).replace('.', t.decimal) })}
              </p>
              {failure ? (
                <button
                  type="button"
                  onClick={() => setLive((s) => ({ ...s, [failure.adjust]: failure.suggestion }))}
                  className="self-start rounded-lg border-2 border-zinc-700 bg-white px-4 py-2 text-lg font-semibold text-zinc-900 hover:bg-zinc-100"
                >
                  {format(t.useSuggestion, { suggestion: failure.suggestion, label: t.colourNames[failure.adjust] })}
                </button>
              ) : null}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{t.fontLegend}</legend>
        {FONTS.map((f) => (
          <label key={f} className="flex min-h-12 items-center gap-3 text-lg">
            <input type="radio" name="font" value={f} checked={live.font === f} onChange={set('font')} className="size-6 accent-primary" />
            {t.fonts[f]}
          </label>
        ))}
      </fieldset>

      <section aria-labelledby="apercu-direct" className="flex flex-col gap-3">
        <h2 id="apercu-direct" className="text-2xl font-bold">
          {t.liveTitle}
        </h2>
        <p className="text-base text-zinc-700">{t.liveHint}</p>
        <HomePreview values={previewValues} logoUrl={previewLogo} labels={previewLabels} />
      </section>
      <fieldset className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{t.logoLegend}</legend>
        {shownLogo ? (
          <p className="flex items-center gap-3 text-lg">
            {/* eslint-disable-next-line @next/next/no-img-element -- served by this site */}
            <img src={shownLogo} alt={logo.draft ? t.draftLogo : t.currentLogo} className="h-16 w-auto max-w-48 rounded bg-white ring-1 ring-zinc-300" />
          </p>
        ) : (
          <p className="text-lg">{t.noLogo}</p>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="field-logo" className="text-lg font-semibold">
            {t.logoLabel}
          </label>
          <p id="field-logo-hint" className="text-base text-zinc-700">
            {t.logoHint}
          </p>
          {fieldError('logo') ? (
            <p id="field-logo-error" className="font-semibold text-red-800">
              {fieldError('logo')}
            </p>
          ) : null}
          <input
            id="field-logo"
            type="file"
            name="logo"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={fieldError('logo') ? true : undefined}
            aria-describedby={['field-logo-hint', fieldError('logo') ? 'field-logo-error' : ''].filter(Boolean).join(' ')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              setLogoPreview(file ? URL.createObjectURL(file) : null);
            }}
            className="text-lg"
          />
        </div>
        {logo.current || logo.draft ? (
          <label className="flex min-h-12 items-center gap-3 text-lg">
            <input type="checkbox" name="removeLogo" defaultChecked={removeChecked} className="size-6 accent-primary" />
            {t.removeLogo}
          </label>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{t.legalLegend}</legend>
        {(['publisher', 'address', 'privacyContact', 'hostedBy'] as const).map((k) => (
          <TextField key={k} name={k} label={t.legal[k]} defaultValue={v?.[k] ?? initial.legal[k]} error={fieldError(k)} maxLength={300} required />
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <legend className="px-1 text-xl font-bold">{t.footerLegend}</legend>
        <p className="text-base text-zinc-700">{t.footerHint}</p>
        {Array.from({ length: footerRows }, (_, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <TextField
              name={`footerLabel-${i}`}
              label={format(t.footerLabel, { n: i + 1 })}
              defaultValue={v?.[`footerLabel-${i}`] ?? initial.footerLinks[i]?.label ?? ''}
              error={fieldError(`footerLabel-${i}`)}
              maxLength={60}
            />
            <TextField
              name={`footerUrl-${i}`}
              type="url"
              label={format(t.footerUrl, { n: i + 1 })}
              defaultValue={v?.[`footerUrl-${i}`] ?? initial.footerLinks[i]?.url ?? ''}
              error={fieldError(`footerUrl-${i}`)}
              placeholder="https://"
              maxLength={500}
            />
          </div>
        ))}
      </fieldset>

      <div>
        <SubmitButton>{t.saveDraft}</SubmitButton>
      </div>
    </form>
  );
}
