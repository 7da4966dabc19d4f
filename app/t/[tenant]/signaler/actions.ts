'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { blockPerson, unblockPerson } from '@/lib/safety/blocks';
import { REPORT_REASON_MAX, reportContent } from '@/lib/safety/reports';

const report = tenantAction({
  access: 'onboarded',
  input: (m) =>
    z.object({
      targetType: z.enum(['post', 'message', 'user']),
      targetId: z.uuid(),
      reason: z.string().trim().min(3, m.safety.reasonInvalid).max(REPORT_REASON_MAX, m.safety.reasonInvalid),
    }),
  before: async ({ tenant, user }) => consumeRateLimit('report', `${tenant.id}:${user.id}`),
  run: async ({ tx, tenant, user, input }) => reportContent(tx, tenant.id, user.id, input),
});

/** R9: the reporter gets an acknowledgement page; moderators see it in their queue (A4). */
export async function reportAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await report(formToObject(form));
  if (result.ok) redirect('/signaler?merci=1');
  return toFormState(result, form);
}

const block = tenantAction({
  access: 'onboarded',
  input: () => z.object({ personId: z.uuid(), block: z.enum(['1', '0']) }),
  run: async ({ tx, tenant, user, input }) =>
    input.block === '1' ? blockPerson(tx, tenant.id, user.id, input.personId) : unblockPerson(tx, tenant.id, user.id, input.personId),
});

export async function blockAction(form: FormData) {
  const input = formToObject(form);
  const result = await block(input);
  const id = String(input.personId ?? '');
  redirect(result.ok ? `/voisins/${id}?${input.block === '1' ? 'bloque' : 'debloque'}=1` : `/voisins/${id}?erreur=${result.error.code}`);
}
