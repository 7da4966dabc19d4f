'use client';

import { useState } from 'react';
import { MapPointPicker as Picker, type MapPointPickerProps, type PickedPoint } from '@/lib/map/map-point-picker';

type Props = Omit<MapPointPickerProps, 'onPick'> & {
  onPick?: (point: PickedPoint) => void;
  /** When set, the chosen point is also carried by hidden inputs of these names, for a plain form. */
  inputNames?: { lat: string; lng: string };
};

/**
 * The point picker for pages: mount it in a form with `inputNames` (the server action reads
 * the two fields) or give it an `onPick` callback from a client component.
 */
export function MapPointPicker({ onPick, inputNames, initial, ...props }: Props) {
  const [point, setPoint] = useState<PickedPoint | null>(initial ?? null);
  return (
    <>
      <Picker
        {...props}
        initial={initial}
        onPick={(p) => {
          setPoint(p);
          onPick?.(p);
        }}
      />
      {inputNames && point ? (
        <>
          <input type="hidden" name={inputNames.lat} value={point.lat} />
          <input type="hidden" name={inputNames.lng} value={point.lng} />
        </>
      ) : null}
    </>
  );
}
