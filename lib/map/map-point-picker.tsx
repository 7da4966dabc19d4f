'use client';

import { useEffect, useRef, useState } from 'react';
import type { Map as EngineMap, Marker } from 'maplibre-gl';
import { loadMapEngine } from './engine';
import { fill } from './fill';
import { baseStyle, boundaryBounds, councilLayers, MAX_ZOOM } from './map-style';
import type { MapEngineConfig, MapQuartier, MapTheme } from './map-types';
import { directionForKey, movePoint, type Direction } from './move-point';

export type PickedPoint = { lat: number; lng: number };

export type MapPointPickerLabels = {
  label: string;
  hint: string;
  markerLabel: string;
  moveNorth: string;
  moveSouth: string;
  moveEast: string;
  moveWest: string;
  chosen: string;
  none: string;
  unavailable: string;
  engine: Record<string, string>;
};

export type MapPointPickerProps = {
  centre: PickedPoint;
  boundary: GeoJSON.Feature | null;
  quartiers: MapQuartier[];
  config: MapEngineConfig;
  theme: MapTheme;
  labels: MapPointPickerLabels;
  /** The point already chosen, if any; the marker starts there. */
  initial?: PickedPoint | null;
  onPick: (point: PickedPoint) => void;
};

const SMALL_STEP_M = 100;
const LARGE_STEP_M = 1000;

/**
 * Lets a resident choose a point (R3: "a point chosen on the map"): tap or click the map, drag
 * the marker, or — with the keyboard — focus the marker and use the arrow keys (Shift for
 * bigger steps), or the four buttons under the map. Each change calls `onPick`. The chosen
 * point is the resident's own; it is sent to the server by the form that mounts this picker.
 */
export function MapPointPicker({ centre, boundary, quartiers, config, theme, labels, initial, onPick }: MapPointPickerProps) {
  const container = useRef<HTMLDivElement>(null);
  const markerRef = useRef<Marker | null>(null);
  const mapRef = useRef<EngineMap | null>(null);
  const onPickRef = useRef(onPick);
  const [point, setPoint] = useState<PickedPoint | null>(initial ?? null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  const choose = (next: PickedPoint, pan = false) => {
    setPoint(next);
    markerRef.current?.setLngLat([next.lng, next.lat]);
    if (pan) mapRef.current?.panTo([next.lng, next.lat], { duration: 0 });
    onPickRef.current(next);
  };
  const chooseRef = useRef(choose);
  chooseRef.current = choose;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const engine = await loadMapEngine(config);
        if (cancelled || !container.current) return;
        const bounds = boundaryBounds(boundary);
        const start = initial ?? centre;
        const map = engine.createMap({
          container: container.current,
          style: baseStyle(config, theme),
          center: [start.lng, start.lat],
          zoom: 14,
          maxZoom: MAX_ZOOM + 2,
          ...(bounds && !initial ? { bounds, fitBoundsOptions: { padding: 24 } } : {}),
          locale: labels.engine,
          attributionControl: config.tileAttribution || config.engine === 'mapbox' ? { compact: true } : false,
          dragRotate: false,
          pitchWithRotate: false,
        });
        mapRef.current = map;
        engine.addNavigation(map);
        map.getCanvas().setAttribute('aria-label', labels.label);
        map.on('load', () => {
          const overlay = councilLayers({ boundary, quartiers, posts: [] }, theme);
          for (const [id, source] of Object.entries(overlay.sources)) map.addSource(id, source);
          for (const layer of overlay.layers) map.addLayer(layer);
          setState('ready');
        });

        const element = document.createElement('button');
        element.type = 'button';
        element.className =
          'size-12 rounded-full border-4 border-white shadow-lg focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black focus-visible:rounded-full';
        element.style.background = theme.primary;
        element.setAttribute('aria-label', labels.markerLabel);
        element.dataset.testid = 'point-picker-marker';
        element.addEventListener('keydown', (event) => {
          const direction = directionForKey(event.key);
          if (!direction) return;
          // The map would pan on the same keys: the marker moves instead.
          event.preventDefault();
          event.stopPropagation();
          const here = markerRef.current!.getLngLat();
          chooseRef.current(movePoint({ lat: here.lat, lng: here.lng }, direction, event.shiftKey ? LARGE_STEP_M : SMALL_STEP_M), true);
        });
        element.addEventListener('click', (event) => event.stopPropagation());
        const marker = engine.createMarker(element, [start.lng, start.lat], { draggable: true }).addTo(map);
        markerRef.current = marker;
        marker.on('dragend', () => {
          const at = marker.getLngLat();
          chooseRef.current({ lat: round(at.lat), lng: round(at.lng) });
        });
        map.on('click', (event) => chooseRef.current({ lat: round(event.lngLat.lat), lng: round(event.lngLat.lng) }));
      } catch (error) {
        console.warn('map unavailable', error);
        if (!cancelled) setState('error');
      }
    })();
    return () => {
      cancelled = true;
      markerRef.current?.remove();
      mapRef.current?.remove();
      markerRef.current = null;
      mapRef.current = null;
    };
    // The map is built once; later prop changes do not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const step = (direction: Direction) => {
    const here = point ?? initial ?? centre;
    choose(movePoint(here, direction, SMALL_STEP_M), true);
  };

  const buttons: [Direction, string][] = [
    ['north', labels.moveNorth],
    ['west', labels.moveWest],
    ['east', labels.moveEast],
    ['south', labels.moveSouth],
  ];

  return (
    <div className="flex flex-col gap-3" data-testid="point-picker" data-state={state}>
      <p className="text-base text-zinc-800">{labels.hint}</p>
      <div ref={container} className="h-80 w-full overflow-hidden rounded-xl ring-1 ring-zinc-400" />
      {state === 'error' ? (
        <p role="alert" className="text-lg">
          {labels.unavailable}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {buttons.map(([direction, label]) => (
          <button
            key={direction}
            type="button"
            onClick={() => step(direction)}
            className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-base font-semibold"
          >
            {label}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="text-lg" data-testid="point-picker-status">
        {point ? fill(labels.chosen, { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) }) : labels.none}
      </p>
    </div>
  );
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
