import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { NextAuthConfig } from 'next-auth';
import { createElement } from 'react';
import type { Tx } from '@/db/client';
import { operators, operatorSessions, operatorVerificationTokens } from '@/db/schema/operators';
import { getAuthSecret } from '@/lib/auth/secret';
import { SignInEmail } from '@/lib/email/templates/sign-in-email';
import { format, getMessages, type Locale } from '@/lib/i18n/messages';
import { operatorEmailBranding, queueOperatorEmail } from './operator-email';

/** Its own route, cookies and tables: nothing of a council's Auth.js is shared. */
export const OPERATOR_AUTH_BASE_PATH = '/api/operator-auth';
export const OPERATOR_SIGN_IN_LINK_MAX_AGE_S = 15 * 60;
export const OPERATOR_SESSION_MAX_AGE_S = 12 * 60 * 60;

export function operatorCookieNames(secure: boolean) {
  const prefix = secure ? '__Secure-' : '';
  return {
    sessionToken: `${prefix}cdm-operator.session-token`,
    callbackUrl: `${prefix}cdm-operator.callback-url`,
    csrfToken: `${secure ? '__Host-' : ''}cdm-operator.csrf-token`,
  };
}

/** Both names the session cookie may have (https or not), for reading it back. */
export const OPERATOR_SESSION_COOKIES = [operatorCookieNames(true).sessionToken, operatorCookieNames(false).sessionToken] as const;

/** An operator may sign in only if an account was created for them (command line) and is not disabled. */
export async function isActiveOperator(tx: Tx, email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const [row] = await tx
    .select({ disabledAt: operators.disabledAt })
    .from(operators)
    .where(eq(operators.email, email.trim().toLowerCase()));
  return !!row && row.disabledAt === null;
}

/**
 * Auth.js for the operator console, bound to an admin transaction: operators, their sessions
 * and sign-in tokens are global tables the application role cannot read. Sign-in links are
 * short-lived (15 min), sessions last a working day, and nobody can sign up here.
 */
export function buildOperatorAuthConfig(params: { tx: Tx; locale: Locale; secure: boolean }): NextAuthConfig {
  const { tx, locale, secure } = params;
  const names = operatorCookieNames(secure);
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    adapter: DrizzleAdapter(tx as unknown as PgDatabase<PgQueryResultHKT>, {
      usersTable: operators,
      sessionsTable: operatorSessions,
      verificationTokensTable: operatorVerificationTokens,
    } as unknown as Parameters<typeof DrizzleAdapter<PgDatabase<PgQueryResultHKT>>>[1]),
    secret: getAuthSecret(),
    trustHost: true,
    basePath: OPERATOR_AUTH_BASE_PATH,
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: names.sessionToken, options: cookieOptions },
      callbackUrl: { name: names.callbackUrl, options: cookieOptions },
      csrfToken: { name: names.csrfToken, options: cookieOptions },
    },
    session: { strategy: 'database', maxAge: OPERATOR_SESSION_MAX_AGE_S, updateAge: 60 * 60 },
    pages: { signIn: '/connexion', verifyRequest: '/connexion/verifier', error: '/connexion/erreur' },
    providers: [
      {
        id: 'email',
        type: 'email',
        name: 'E-mail',
        maxAge: OPERATOR_SIGN_IN_LINK_MAX_AGE_S,
        options: {},
        normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
        sendVerificationRequest: async ({ identifier, url }) => {
          const m = getMessages(locale);
          await queueOperatorEmail(tx, {
            kind: 'operator-sign-in',
            to: identifier,
            fromName: m.operator.consoleName,
            subject: m.operator.signInEmail.subject,
            body: createElement(SignInEmail, {
              branding: operatorEmailBranding(locale),
              url,
              text: {
                preview: m.operator.signInEmail.preview,
                hello: m.email.signInHello,
                body: m.operator.signInEmail.body,
                button: m.email.signInButton,
                expiry: format(m.operator.signInEmail.expiry, { minutes: OPERATOR_SIGN_IN_LINK_MAX_AGE_S / 60 }),
                ignore: m.email.signInIgnore,
              },
            }),
          });
        },
      },
    ],
    callbacks: {
      // Checked when the link is asked for and again when it is used: a council account, an
      // unknown address or a disabled operator never gets in.
      signIn: ({ user }) => isActiveOperator(tx, user.email),
    },
    logger: {
      error(error) {
        const type = (error as { type?: string }).type;
        if (type === 'Verification' || type === 'AccessDenied') return;
        console.error('[operator-auth]', error);
      },
      warn() {},
    },
  };
}
