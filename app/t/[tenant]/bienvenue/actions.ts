'use server';

import { and, eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { users } from '@/db/schema/users';
import { safeLocalPath, toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';

const completeWelcome = tenantAction({
  access: 'signed-in',
  input: (m) =>
    z.object({
      name: z.string().trim().min(2, m.auth.displayNameInvalid).max(40, m.auth.displayNameInvalid),
      charter: z.literal('on', m.auth.charterRequired),
      suite: z.string().max(500).optional(),
    }),
  run: async ({ tx, tenant, user, input }) => {
    await tx
      .update(users)
      .set({ name: input.name, charterAcceptedAt: new Date() })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
    return safeLocalPath(input.suite);
  },
});

/** The sign-up step: the name neighbours will see, and the council's charter accepted. */
export async function completeWelcomeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await completeWelcome(formToObject(form));
  if (result.ok) redirect(result.data);
  return toFormState(result, form);
}
