'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { MapPointPicker } from '@/app/_components/map-point-picker';
import type { MapPointPickerProps, PickedPoint } from '@/lib/map/map-point-picker';
import { setHomePointAction } from './actions';

type Labels = { hint: string; submit: string; noPoint: string };

/** R3, third way: a point chosen on the map, saved through the same checks as the others. */
export function MapPointForm({ picker, next, labels }: { picker: Omit<MapPointPickerProps, 'onPick' | 'initial'>; next: string; labels: Labels }) {
  const router = useRouter();
  const [point, setPoint] = useState<PickedPoint | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const save = () => {
    if (!point) {
      setError(labels.noPoint);
      return;
    }
    startTransition(async () => {
      const result = await setHomePointAction(point);
      if (result.ok) router.push(next);
      else setError(result.error.fieldErrors?.point ?? result.error.message);
    });
  };

  return (
    <div className="flex flex-col gap-3">
      <p id="map-point-hint" className="text-lg">
        {labels.hint}
      </p>
      <MapPointPicker {...picker} onPick={(p) => { setPoint(p); setError(null); }} />
      {error ? (
        <p role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          onClick={save}
          aria-disabled={pending}
          aria-describedby="map-point-hint"
          className="min-h-12 rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary shadow-sm hover:opacity-90 aria-disabled:opacity-70"
        >
          {labels.submit}
        </button>
      </div>
    </div>
  );
}
