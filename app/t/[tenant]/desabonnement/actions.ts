'use server';

import { redirect } from 'next/navigation';
import { unsubscribePerson } from '@/lib/notifications/unsubscribe-person';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

/** The button on the unsubscribe page (links in emails open the page; only the button acts). */
export async function confirmUnsubscribeAction(form: FormData) {
  const tenant = await getRequestTenant();
  const q = { u: String(form.get('u') ?? ''), k: String(form.get('k') ?? ''), s: String(form.get('s') ?? '') };
  const kind = await unsubscribePerson(tenant.id, q);
  redirect(kind ? `/desabonnement?fait=${kind}` : '/desabonnement?invalide=1');
}
