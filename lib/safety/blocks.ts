import { and, eq, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { blocks } from '@/db/schema/safety';
import { users } from '@/db/schema/users';
import { AppError } from '@/lib/errors';

/** True when either person blocked the other (R9): then neither sees or writes to the other. */
export async function isBlockedBetween(tx: Tx, tenantId: string, a: string, b: string): Promise<boolean> {
  const [row] = await tx
    .select({ one: sql`1` })
    .from(blocks)
    .where(
      and(
        eq(blocks.tenantId, tenantId),
        or(and(eq(blocks.blockerId, a), eq(blocks.blockedId, b)), and(eq(blocks.blockerId, b), eq(blocks.blockedId, a))),
      ),
    )
    .limit(1);
  return !!row;
}

export async function blockPerson(tx: Tx, tenantId: string, blockerId: string, blockedId: string) {
  if (blockerId === blockedId) throw new AppError('validation', 'cannot block oneself');
  const [target] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, blockedId)));
  if (!target) throw new AppError('not_found');
  await tx.insert(blocks).values({ tenantId, blockerId, blockedId }).onConflictDoNothing();
}

export async function unblockPerson(tx: Tx, tenantId: string, blockerId: string, blockedId: string) {
  await tx.delete(blocks).where(and(eq(blocks.tenantId, tenantId), eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
}

/** SQL condition: the row's `authorColumn` is not in a block with the viewer, either way. */
export function notBlockedWith(tenantId: string, viewerId: string, authorColumn: unknown) {
  return sql`not exists (
    select 1 from blocks b
    where b.tenant_id = ${tenantId}
      and ((b.blocker_id = ${viewerId} and b.blocked_id = ${authorColumn})
        or (b.blocked_id = ${viewerId} and b.blocker_id = ${authorColumn})))`;
}
