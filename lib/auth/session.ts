import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { sessions, users, type User } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';

/** Auth.js's cookie names (the `__Secure-` one is used over HTTPS). */
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

export type CurrentUser = Pick<User, 'id' | 'tenantId' | 'email' | 'name' | 'role' | 'status' | 'charterAcceptedAt' | 'locale'> & {
  hasHome: boolean;
};

export async function readSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

/**
 * The signed-in person on this council's site, or null. The session row is looked up under
 * the council's RLS, so a session cookie replayed on another council's host finds nothing.
 * A suspended person is treated as signed out.
 */
export const getCurrentUser = cache(async (tenantId: string): Promise<CurrentUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  return findUserBySessionToken(tenantId, token);
});

export async function findUserBySessionToken(tenantId: string, token: string): Promise<CurrentUser | null> {
  const [row] = await withTenant(tenantId, (tx) =>
    tx
      .select({
        id: users.id,
        tenantId: users.tenantId,
        email: users.email,
        name: users.name,
        role: users.role,
        status: users.status,
        charterAcceptedAt: users.charterAcceptedAt,
        locale: users.locale,
        home: users.home,
      })
      .from(sessions)
      .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.sessionToken, token), gt(sessions.expires, new Date()))),
  );
  if (!row || row.status !== 'active') return null;
  const { home, ...user } = row;
  return { ...user, hasHome: home !== null };
}

/** Signed in and past the welcome step (display name chosen, charter accepted). */
export function isOnboarded(user: CurrentUser) {
  return !!user.name && !!user.charterAcceptedAt;
}
