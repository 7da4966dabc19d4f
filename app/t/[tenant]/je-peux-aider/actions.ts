'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { RADIUS_CHOICES_M, saveStandingOffer, WEEKDAYS } from '@/lib/matching/standing-offers';
import { setNotificationMode } from '@/lib/notifications/preferences';

const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const save = tenantAction({
  access: 'onboarded',
  input: (m) =>
    z.object({
      intent: z.enum(['save', 'stop']),
      categoryIds: z.preprocess(asArray, z.array(z.uuid())),
      radiusM: z.coerce.number().refine((v) => (RADIUS_CHOICES_M as readonly number[]).includes(v)),
      weekdays: z.preprocess(asArray, z.array(z.enum(WEEKDAYS))),
      notify: z.enum(['instant', 'daily', 'off']),
    }).refine((v) => v.intent === 'stop' || v.categoryIds.length > 0, { message: m.matching.categoriesRequired, path: ['categoryIds'] }),
  run: async ({ tx, tenant, user, input }) => {
    await saveStandingOffer(tx, tenant.id, user.id, {
      categoryIds: input.intent === 'stop' ? [] : input.categoryIds,
      radiusM: input.radiusM,
      weekdays: input.weekdays,
    });
    if (input.intent === 'save') await setNotificationMode(tx, tenant.id, user.id, 'match', input.notify);
    return input.intent;
  },
});

/** R6: what a helper can do, how far and when; matching needs reach them as they chose. */
export async function saveStandingOfferAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await save(formToObject(form));
  if (result.ok) redirect(`/je-peux-aider?${result.data === 'stop' ? 'arrete' : 'enregistre'}=1`);
  return toFormState(result, form);
}
