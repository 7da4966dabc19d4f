import 'server-only';
import { z } from 'zod';
import { tenantAction } from '@/lib/actions/tenant-action';
import { searchAddresses, type GeocodedAddress, type GeocodeResult, MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from '@/lib/geo/geocoder';
import { format } from '@/lib/i18n/messages';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { getCouncilOrThrow } from '@/lib/tenant/council';

// The geocoder is called in `before`, outside the database transaction (a slow HTTP call must
// not hold PGlite's single connection); `run` hands its answer back. Keyed by the parsed input
// object, which is the same object in both, so concurrent requests never mix their answers.
const geocoded = new WeakMap<object, { answer: GeocodeResult; councilName: string }>();

const searchAddress = tenantAction({
  access: 'onboarded',
  input: (m) =>
    z.object({
      address: z.string(m.location.addressTooShort).trim().min(MIN_QUERY_LENGTH, m.location.addressTooShort).max(MAX_QUERY_LENGTH, m.location.addressTooLong),
    }),
  before: async ({ tenant, user, input }) => {
    await consumeRateLimit('geocodePerUser', `${tenant.id}:${user.id}`);
    const council = await getCouncilOrThrow(tenant.id);
    geocoded.set(input, { answer: await searchAddresses(input.address, council), councilName: council.name });
  },
  run: async ({ input, m }): Promise<{ results: GeocodedAddress[] } | { error: string }> => {
    const found = geocoded.get(input);
    if (!found || !found.answer.ok) return { error: found?.answer.ok === false && found.answer.reason === 'timeout' ? m.location.geocoderSlow : m.location.geocoderDown };
    if (found.answer.results.length === 0) return { error: format(m.location.addressNoResult, { council: found.councilName }) };
    return { results: found.answer.results };
  },
});

/** Geocoder results for the address typed, or the French sentence to show next to the field. */
/** Not a server action itself (this module is not 'use server'): the forms' actions call it. */
export async function geocodeForForm(address: unknown): Promise<{ results: GeocodedAddress[] } | { error: string }> {
  const result = await searchAddress({ address });
  if (!result.ok) return { error: result.error.fieldErrors?.address ?? result.error.message };
  return result.data;
}

