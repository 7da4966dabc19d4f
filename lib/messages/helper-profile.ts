import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { helps } from '@/db/schema/conversations';
import { users } from '@/db/schema/users';

/** What a neighbour's profile shows (R7): their chosen name, since when, and thanks received. */
export async function getHelperProfile(tx: Tx, tenantId: string, personId: string) {
  const [person] = await tx
    .select({ id: users.id, name: users.name, status: users.status, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, personId)));
  if (!person || person.status === 'deleted' || !person.name) return null;
  const done = await tx
    .select({ thanks: helps.thanks, doneAt: helps.doneAt })
    .from(helps)
    .where(and(eq(helps.tenantId, tenantId), eq(helps.helperId, personId), isNotNull(helps.doneAt)))
    .orderBy(desc(helps.doneAt))
    .limit(50);
  return {
    id: person.id,
    name: person.name,
    memberSince: person.createdAt,
    helpedCount: done.length,
    thanks: done.filter((d) => d.thanks).map((d) => ({ text: d.thanks!, at: d.doneAt! })),
  };
}
