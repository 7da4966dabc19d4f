'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import NextAuth from 'next-auth';
import { z } from 'zod';
import { safeLocalPath, toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { buildAuthConfig } from '@/lib/auth/auth-config';
import { withTenant } from '@/db/with-tenant';
import { getLocale } from '@/lib/i18n/locale';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

const requestLink = tenantAction({
  access: 'anyone',
  input: (m) =>
    z.object({
      email: z.string().trim().toLowerCase().max(254, m.auth.invalidEmail).pipe(z.email(m.auth.invalidEmail)),
      suite: z.string().max(500).optional(),
    }),
  before: async ({ tenant, input }) => {
    const ip = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local';
    await consumeRateLimit('signInPerEmail', `${tenant.id}:${input.email}`);
    await consumeRateLimit('signInPerIp', `${tenant.id}:${ip}`);
  },
  run: async ({ tx, tenant, input, locale }) => {
    const council = await getCouncilOrThrow(tenant.id);
    const { signIn } = NextAuth(buildAuthConfig({ tenant, council, tx, locale }));
    await signIn('email', { email: input.email, redirect: false, redirectTo: safeLocalPath(input.suite) });
  },
});

/** Sends a magic link to the address typed, for this council only. */
export async function requestSignInLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await requestLink(formToObject(form));
  if (result.ok) redirect('/connexion/verifier');
  return toFormState(result, form);
}

/** Ends the session (its row is deleted, so the cookie is worthless everywhere). */
export async function signOutAction() {
  const tenant = await getRequestTenant();
  const council = await getCouncilOrThrow(tenant.id);
  const locale = await getLocale();
  await withTenant(tenant.id, async (tx) => {
    const { signOut } = NextAuth(buildAuthConfig({ tenant, council, tx, locale }));
    await signOut({ redirect: false });
  });
  redirect('/');
}
