import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { quartiers } from '@/db/schema/quartiers';
import { withTenant } from '@/db/with-tenant';
import type { Messages } from '@/lib/i18n/fr';
import type { CouncilProfile } from '@/lib/tenant/council';
import { getMapEngineConfig, mapTheme } from './map-config';
import type { MapPointPickerProps } from './map-point-picker';
import { engineLocale } from './post-map-labels';

/**
 * Everything a page needs to mount the point picker for its council, except `onPick` (which
 * the client form provides): `<MapPointPicker {...await pointPickerProps(…)} onPick={…} />`.
 */
export async function pointPickerProps(tenantId: string, council: CouncilProfile, m: Messages): Promise<Omit<MapPointPickerProps, 'onPick' | 'initial'>> {
  const rows = await withTenant(tenantId, (tx) =>
    tx
      .select({ name: quartiers.name, polygon: quartiers.polygon })
      .from(quartiers)
      .where(eq(quartiers.tenantId, tenantId))
      .orderBy(asc(quartiers.position)),
  );
  return {
    centre: { lat: council.centreLat, lng: council.centreLng },
    boundary: council.boundary ?? null,
    quartiers: rows,
    config: getMapEngineConfig(),
    theme: mapTheme(council.theme),
    labels: {
      label: m.pointPicker.label,
      hint: m.pointPicker.hint,
      markerLabel: m.pointPicker.markerLabel,
      moveNorth: m.pointPicker.moveNorth,
      moveSouth: m.pointPicker.moveSouth,
      moveEast: m.pointPicker.moveEast,
      moveWest: m.pointPicker.moveWest,
      chosen: m.pointPicker.chosen,
      none: m.pointPicker.none,
      unavailable: m.map.unavailable,
      engine: engineLocale(m),
    },
  };
}
