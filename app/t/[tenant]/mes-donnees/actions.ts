'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { deleteMyAccount } from '@/lib/account/delete-my-account';
import { SESSION_COOKIES } from '@/lib/auth/session';

const remove = tenantAction({
  access: 'signed-in',
  input: (m) => z.object({ confirm: z.literal(m.account.deleteConfirmWord, m.account.deleteConfirmInvalid) }),
  run: async ({ tx, tenant, user }) => deleteMyAccount(tx, tenant.id, user.id),
});

/** R10: delete my account; every session row goes, and this browser's cookie with it. */
export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await remove(formToObject(form));
  if (!result.ok) return toFormState(result, form);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect('/mes-donnees?supprime=1');
}
