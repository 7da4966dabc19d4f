'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { setNotificationMode } from '@/lib/notifications/preferences';
import { NOTIFICATION_KINDS } from '@/lib/notifications/unsubscribe';

const mode = z.enum(['instant', 'daily', 'off']);

const save = tenantAction({
  access: 'onboarded',
  input: () => z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, mode])) as Record<(typeof NOTIFICATION_KINDS)[number], typeof mode>),
  run: async ({ tx, tenant, user, input }) => {
    for (const kind of NOTIFICATION_KINDS) await setNotificationMode(tx, tenant.id, user.id, kind, input[kind]);
  },
});

/** R8: per kind of email, instant, daily digest or off. */
export async function savePreferencesAction(form: FormData) {
  const result = await save(formToObject(form));
  redirect(result.ok ? '/preferences?enregistre=1' : `/preferences?erreur=${result.error.code}`);
}
