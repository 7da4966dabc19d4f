import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { NextAuthConfig } from 'next-auth';
import type { Tx } from '@/db/client';
import { sessions, users, verificationTokens, type User } from '@/db/schema/users';
import { isCouncilAccountEmail } from '@/lib/assisted/council-account';
import type { Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';
import { isTenantClosed, type TenantEntry } from '@/lib/tenant/directory';
import { getAuthSecret } from './secret';
import { queueSignInEmail } from './sign-in-email';

export const AUTH_BASE_PATH = '/api/auth';
export const SIGN_IN_LINK_MAX_AGE_S = 24 * 60 * 60;
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * Auth.js for one council, bound to a transaction opened by withTenant: the adapter's reads and
 * writes (users, sessions, sign-in tokens) are confined to that council by RLS, so the same
 * email on two councils is two accounts and a token minted on one host is unknown on another.
 * Cookies are host-only (Auth.js sets no Domain attribute).
 */
export function buildAuthConfig(params: { tenant: TenantEntry; council: CouncilProfile; tx: Tx; locale: Locale }): NextAuthConfig {
  const { tenant, council, tx, locale } = params;
  return {
    // The adapter's types want a single-column primary key on users.id; ours lead with tenant_id.
    adapter: DrizzleAdapter(tx as unknown as PgDatabase<PgQueryResultHKT>, {
      usersTable: users,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as unknown as Parameters<typeof DrizzleAdapter<PgDatabase<PgQueryResultHKT>>>[1]),
    secret: getAuthSecret(),
    trustHost: true,
    basePath: AUTH_BASE_PATH,
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_S, updateAge: 24 * 60 * 60 },
    pages: {
      signIn: '/connexion',
      verifyRequest: '/connexion/verifier',
      error: '/connexion/erreur',
      newUser: '/bienvenue',
    },
    providers: [
      {
        id: 'email',
        type: 'email',
        name: 'E-mail',
        maxAge: SIGN_IN_LINK_MAX_AGE_S,
        options: {},
        normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
        sendVerificationRequest: async ({ identifier, url }) => {
          await queueSignInEmail(tx, council, { to: identifier, url, locale });
        },
      },
    ],
    callbacks: {
      signIn({ user }) {
        if (isTenantClosed(tenant)) return false;
        // A5: the council's own account only acts through staff, never signs in.
        if (isCouncilAccountEmail((user as Partial<User>).email)) return false;
        return (user as Partial<User>).status !== 'suspended';
      },
    },
    logger: {
      error(error) {
        // Expected outcomes (expired link, refused account) are shown to the user as pages.
        const type = (error as { type?: string }).type;
        if (type === 'Verification' || type === 'AccessDenied') return;
        console.error('[auth]', error);
      },
      warn() {},
    },
  };
}
