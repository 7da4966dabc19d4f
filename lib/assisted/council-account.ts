import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { councilAccounts } from '@/db/schema/assisted-requests';
import { users } from '@/db/schema/users';
import { format, getMessages } from '@/lib/i18n/messages';

/**
 * The council's own account (A5) has an address no one can receive mail at (RFC 2606
 * `.invalid`), and sign-in refuses this domain (lib/auth/auth-config.ts): it only ever acts
 * through staff, in the guichet.
 */
export const COUNCIL_ACCOUNT_EMAIL_DOMAIN = 'compte-mairie.invalid';
const COUNCIL_ACCOUNT_EMAIL = `mairie@${COUNCIL_ACCOUNT_EMAIL_DOMAIN}`;

export function isCouncilAccountEmail(email: string | null | undefined): boolean {
  return typeof email === 'string' && email.trim().toLowerCase().endsWith(`@${COUNCIL_ACCOUNT_EMAIL_DOMAIN}`);
}

/** How the account is shown to residents, in the council's language (it is stored as its name). */
export function councilAccountName(councilName: string) {
  return format(getMessages('fr').assisted.councilAccountName, { council: councilName });
}

export async function getCouncilAccountId(tx: Tx, tenantId: string): Promise<string | null> {
  const [row] = await tx.select({ userId: councilAccounts.userId }).from(councilAccounts).where(eq(councilAccounts.tenantId, tenantId));
  return row?.userId ?? null;
}

export async function isCouncilAccount(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: councilAccounts.userId })
    .from(councilAccounts)
    .where(and(eq(councilAccounts.tenantId, tenantId), eq(councilAccounts.userId, userId)));
  return !!row;
}

/**
 * The account, created the first time the guichet publishes; its name follows the council's
 * (a renamed council is shown under its new name from the next request on).
 */
export async function ensureCouncilAccount(tx: Tx, tenantId: string, councilName: string): Promise<string> {
  const name = councilAccountName(councilName);
  const existing = await getCouncilAccountId(tx, tenantId);
  if (existing) {
    await tx
      .update(users)
      .set({ name })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, existing)));
    return existing;
  }
  const [user] = await tx
    .insert(users)
    .values({ tenantId, email: COUNCIL_ACCOUNT_EMAIL, name, role: 'resident', charterAcceptedAt: new Date() })
    .onConflictDoUpdate({ target: [users.tenantId, users.email], set: { name } })
    .returning({ id: users.id });
  await tx.insert(councilAccounts).values({ tenantId, userId: user!.id }).onConflictDoNothing();
  return (await getCouncilAccountId(tx, tenantId))!;
}
