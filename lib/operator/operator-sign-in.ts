import 'server-only';
import NextAuth from 'next-auth';
import { withAdmin } from '@/db/with-tenant';
import type { Locale } from '@/lib/i18n/messages';
import { buildOperatorAuthConfig, isActiveOperator } from './auth-config';

/**
 * Sends a sign-in link if — and only if — `email` is an active operator's. The caller answers
 * the same either way, so the form tells nobody who operates the platform.
 */
export async function requestOperatorSignInLink(email: string, locale: Locale, secure: boolean) {
  await withAdmin(async (tx) => {
    if (!(await isActiveOperator(tx, email))) return;
    const { signIn } = NextAuth(buildOperatorAuthConfig({ tx, locale, secure }));
    await signIn('email', { email, redirect: false, redirectTo: '/' });
  });
}

/** Deletes the operator's session row: the cookie is worthless from then on. */
export async function signOutOperator(locale: Locale, secure: boolean) {
  await withAdmin(async (tx) => {
    const { signOut } = NextAuth(buildOperatorAuthConfig({ tx, locale, secure }));
    await signOut({ redirect: false });
  });
}
