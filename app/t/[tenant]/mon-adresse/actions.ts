'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { safeLocalPath, toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction, type ActionResult } from '@/lib/actions/tenant-action';
import type { GeocodedAddress } from '@/lib/geo/geocoder';
import { setHomeToPoint, setHomeToQuartier } from '@/lib/location/home-location';
import { parseChosenAddress } from '@/lib/posts/post-input';
import { geocodeForForm } from './geocode-for-form';

export type AddressSearchState = FormState & { results?: GeocodedAddress[] };

/** "Chercher mon adresse": the list of matching addresses in the council, to choose from. */
export async function searchHomeAddressAction(_prev: AddressSearchState, form: FormData): Promise<AddressSearchState> {
  const found = await geocodeForForm(form.get('address'));
  const values = { address: String(form.get('address') ?? '') };
  return 'results' in found ? { values, results: found.results } : { ok: false, values, fieldErrors: { address: found.error } };
}

const setHomeAddress = tenantAction({
  access: 'onboarded',
  input: (m) =>
    z.object({
      addressChoice: z.string(m.location.addressChoose).transform((v, ctx) => {
        const chosen = parseChosenAddress(v);
        if (!chosen) {
          ctx.addIssue({ code: 'custom', message: m.location.addressChoose });
          return z.NEVER;
        }
        return chosen;
      }),
      suite: z.string().max(500).optional(),
    }),
  run: async ({ tx, tenant, user, input, m }) => {
    await setHomeToPoint(tx, { tenantId: tenant.id, userId: user.id }, input.addressChoice, m);
    return input.suite;
  },
});

export async function setHomeAddressAction(_prev: AddressSearchState, form: FormData): Promise<AddressSearchState> {
  const result = await setHomeAddress(formToObject(form));
  if (result.ok) redirect(afterSave(result.data));
  const state = toFormState(result, form);
  // A point outside the council is reported against the choice list, where the person acts.
  if (state.fieldErrors?.point) state.fieldErrors = { ...state.fieldErrors, addressChoice: state.fieldErrors.point };
  return state;
}

const setHomeQuartier = tenantAction({
  access: 'onboarded',
  input: (m) => z.object({ quartier: z.uuid(m.location.quartierInvalid), suite: z.string().max(500).optional() }),
  run: async ({ tx, tenant, user, input, m }) => {
    await setHomeToQuartier(tx, { tenantId: tenant.id, userId: user.id }, input.quartier, m);
    return input.suite;
  },
});

export async function setHomeQuartierAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await setHomeQuartier(formToObject(form));
  if (result.ok) redirect(afterSave(result.data));
  return toFormState(result, form);
}

const setHomePointInput = tenantAction({
  access: 'onboarded',
  input: (m) =>
    z.object({
      lat: z.number(m.location.pointInvalid).min(-90, m.location.pointInvalid).max(90, m.location.pointInvalid),
      lng: z.number(m.location.pointInvalid).min(-180, m.location.pointInvalid).max(180, m.location.pointInvalid),
    }),
  run: async ({ tx, tenant, user, input, m }) => setHomeToPoint(tx, { tenantId: tenant.id, userId: user.id }, { lat: input.lat, lng: input.lng }, m),
});

/**
 * For the map point picker ("choisir un point sur la carte"): saves the point clicked as the
 * resident's home, after checking it lies in the council's area. Returns the action result;
 * the picker shows `error.fieldErrors.point` or moves on to /mon-adresse?enregistre=1.
 */
export async function setHomePointAction(point: { lat: number; lng: number }): Promise<ActionResult<{ movedPosts: number }>> {
  return setHomePointInput(point);
}

function afterSave(suite: string | undefined) {
  const next = safeLocalPath(suite, '');
  return next || '/mon-adresse?enregistre=1';
}
