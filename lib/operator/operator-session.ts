import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { operators, operatorSessions } from '@/db/schema/operators';
import { withAdmin } from '@/db/with-tenant';
import { OPERATOR_SESSION_COOKIES } from './auth-config';
import { isOperatorHost } from './operator-host';

export type CurrentOperator = { id: string; email: string; name: string | null };

/**
 * The signed-in operator, or null. Only on the operator host, only from the operator's own
 * cookie, looked up in operator_sessions: a council's session token finds nothing here.
 */
export const getCurrentOperator = cache(async (): Promise<CurrentOperator | null> => {
  if (!(await isOperatorHost())) return null;
  const jar = await cookies();
  const token = OPERATOR_SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  return findOperatorBySessionToken(token);
});

export async function findOperatorBySessionToken(token: string): Promise<CurrentOperator | null> {
  const [row] = await withAdmin((tx) =>
    tx
      .select({ id: operators.id, email: operators.email, name: operators.name })
      .from(operatorSessions)
      .innerJoin(operators, eq(operators.id, operatorSessions.userId))
      .where(and(eq(operatorSessions.sessionToken, token), gt(operatorSessions.expires, new Date()), isNull(operators.disabledAt))),
  );
  return row ?? null;
}

/** For operator pages: the operator, or off to the sign-in page. */
export async function requireOperator(): Promise<CurrentOperator> {
  const operator = await getCurrentOperator();
  if (!operator) redirect('/connexion');
  return operator;
}
