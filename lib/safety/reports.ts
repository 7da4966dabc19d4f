import { and, eq, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { councils } from '@/db/schema/councils';
import { conversations, messages } from '@/db/schema/conversations';
import { posts } from '@/db/schema/posts';
import { reports } from '@/db/schema/safety';
import { users } from '@/db/schema/users';
import { AppError } from '@/lib/errors';

export const REPORT_REASON_MAX = 1000;
export type ReportTarget = 'post' | 'message' | 'user';

/** Can this person see the thing they report? Nobody reports what they cannot see. */
async function assertReportable(tx: Tx, tenantId: string, reporterId: string, type: ReportTarget, id: string) {
  if (type === 'post') {
    const [p] = await tx.select({ authorId: posts.authorId, moderation: posts.moderation }).from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.id, id)));
    if (!p || (p.moderation !== 'approved' && p.authorId !== reporterId)) throw new AppError('not_found');
    if (p.authorId === reporterId) throw new AppError('forbidden', 'own post');
    return;
  }
  if (type === 'message') {
    const [m] = await tx
      .select({ senderId: messages.senderId })
      .from(messages)
      .innerJoin(conversations, and(eq(conversations.tenantId, messages.tenantId), eq(conversations.id, messages.conversationId)))
      .where(
        and(
          eq(messages.tenantId, tenantId),
          eq(messages.id, id),
          or(eq(conversations.authorId, reporterId), eq(conversations.responderId, reporterId)),
        ),
      );
    if (!m) throw new AppError('not_found');
    if (m.senderId === reporterId) throw new AppError('forbidden', 'own message');
    return;
  }
  if (id === reporterId) throw new AppError('forbidden', 'self');
  const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  if (!u) throw new AppError('not_found');
}

/**
 * Reports a post, a message or a person (R9). One open report per person and target; a post
 * reported by the council's threshold of different people (default 3) is hidden at once and
 * waits in the moderation queue (A4).
 */
export async function reportContent(
  tx: Tx,
  tenantId: string,
  reporterId: string,
  input: { targetType: ReportTarget; targetId: string; reason: string },
): Promise<{ reportId: string; autoHidden: boolean }> {
  const reason = input.reason.trim();
  if (reason.length < 3 || reason.length > REPORT_REASON_MAX) throw new AppError('validation', 'reason length', { reason: 'length' });
  await assertReportable(tx, tenantId, reporterId, input.targetType, input.targetId);
  const [existing] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(
      and(
        eq(reports.tenantId, tenantId),
        eq(reports.reporterId, reporterId),
        eq(reports.targetType, input.targetType),
        eq(reports.targetId, input.targetId),
        eq(reports.status, 'open'),
      ),
    );
  const reportId =
    existing?.id ??
    (await tx.insert(reports).values({ tenantId, reporterId, targetType: input.targetType, targetId: input.targetId, reason }).returning({ id: reports.id }))[0]!.id;

  let autoHidden = false;
  if (input.targetType === 'post') {
    const [{ reporters } = { reporters: 0 }] = await tx
      .select({ reporters: sql<number>`count(distinct ${reports.reporterId})::int` })
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), eq(reports.targetType, 'post'), eq(reports.targetId, input.targetId), eq(reports.status, 'open')));
    const [council] = await tx.select({ threshold: councils.autoHideThreshold }).from(councils).where(eq(councils.tenantId, tenantId));
    if (reporters >= (council?.threshold ?? 3)) {
      const hidden = await tx
        .update(posts)
        .set({ moderation: 'hidden' })
        .where(and(eq(posts.tenantId, tenantId), eq(posts.id, input.targetId), eq(posts.moderation, 'approved')))
        .returning({ id: posts.id });
      autoHidden = hidden.length > 0;
    }
  }
  return { reportId, autoHidden };
}
