'use client';

import { useActionState, useState } from 'react';
import { MapPointPicker } from '@/app/_components/map-point-picker';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import type { Messages } from '@/lib/i18n/fr';
import type { MapPointPickerProps } from '@/lib/map/map-point-picker';
import { FormError } from '../_components/form-error';
import { publishAnnouncementAction } from './actions';

type Props = { t: Messages['announcementsAdmin']; councilName: string; picker: Omit<MapPointPickerProps, 'onPick' | 'initial'>; today: string };

const choice = 'flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-4 text-lg has-[:checked]:border-primary has-[:checked]:font-semibold';

/**
 * A6: a new announcement. The radius and its point show only when "near a point" is chosen
 * (CSS :has(), so it works without JavaScript too; the map itself needs it, the centre does not).
 */
export function AnnouncementForm({ t, councilName, picker, today }: Props) {
  const [state, action] = useActionState<FormState, FormData>(publishAnnouncementAction, {});
  const v = state.values;
  const e = state.fieldErrors ?? {};
  // The map (and its library) loads only once someone asks for a point on it.
  const [mapWanted, setMapWanted] = useState(v?.audience === 'radius' && v?.centre === 'map');
  return (
    <form
      action={action}
      className="group/annonce flex flex-col gap-5"
      noValidate
      onChange={(event) => {
        const data = new FormData(event.currentTarget);
        setMapWanted(data.get('audience') === 'radius' && data.get('centre') === 'map');
      }}
    >
      <FormError message={state.message} />
      <TextField name="title" label={t.titleLabel} maxLength={120} required error={e.title} defaultValue={v?.title} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-body" className="text-lg font-semibold">
          {t.bodyLabel}
        </label>
        {e.body ? (
          <p id="field-body-error" className="font-semibold text-red-800">
            {e.body}
          </p>
        ) : null}
        <textarea
          id="field-body"
          name="body"
          rows={5}
          maxLength={1000}
          required
          defaultValue={v?.body}
          aria-invalid={e.body ? true : undefined}
          aria-describedby={e.body ? 'field-body-error' : undefined}
          className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700"
        />
      </div>
      <TextField name="lastDay" type="date" label={t.endsAtLabel} hint={t.endsAtHint} min={today} error={e.lastDay} defaultValue={v?.lastDay} className="min-h-12 w-56 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg text-zinc-900" />

      <fieldset className="flex flex-col gap-2" aria-describedby="audience-hint">
        <legend className="text-lg font-semibold">{t.audienceLegend}</legend>
        <p id="audience-hint" className="text-base text-zinc-700">
          {t.audienceHint}
        </p>
        {(['none', 'all', 'radius'] as const).map((a) => (
          <label key={a} className={choice}>
            <input type="radio" id={`audience-${a}`} name="audience" value={a} defaultChecked={(v?.audience ?? 'none') === a} className="size-6 shrink-0 accent-primary" />
            {t.audiences[a]}
          </label>
        ))}
      </fieldset>

      <div className="group/rayon hidden flex-col gap-4 rounded-xl border-2 border-zinc-300 p-4 group-has-[#audience-radius:checked]/annonce:flex">
        <TextField
          name="radiusKm"
          inputMode="decimal"
          label={t.radiusLabel}
          error={e.radiusKm}
          defaultValue={v?.radiusKm ?? '1'}
          className="min-h-12 w-28 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg text-zinc-900"
        />
        <fieldset className="flex flex-col gap-2" aria-describedby={e.centre ? 'centre-error' : undefined}>
          <legend className="text-lg font-semibold">{t.centreLegend}</legend>
          {e.centre ? (
            <p id="centre-error" className="font-semibold text-red-800">
              {e.centre}
            </p>
          ) : null}
          <label className={choice}>
            <input type="radio" id="centre-council" name="centre" value="council" defaultChecked={(v?.centre ?? 'council') === 'council'} className="size-6 shrink-0 accent-primary" />
            {t.centreCouncil.replace('{council}', councilName)}
          </label>
          <label className={choice}>
            <input type="radio" id="centre-map" name="centre" value="map" defaultChecked={v?.centre === 'map'} className="size-6 shrink-0 accent-primary" />
            {t.centreMap}
          </label>
        </fieldset>
        <div className="hidden group-has-[#centre-map:checked]/rayon:block">
          {mapWanted ? <MapPointPicker {...picker} inputNames={{ lat: 'lat', lng: 'lng' }} /> : null}
        </div>
      </div>

      <div>
        <SubmitButton>{t.publish}</SubmitButton>
      </div>
    </form>
  );
}
