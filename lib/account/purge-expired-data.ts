import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { councils } from '@/db/schema/councils';
import { emails } from '@/db/schema/emails';
import { pendingNotifications } from '@/db/schema/notifications';
import { posts } from '@/db/schema/posts';
import { sessions, verificationTokens } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { listTenantIds } from '@/lib/jobs/cross-tenant-scans';

export const EMAIL_RETENTION_DAYS = 90;

/**
 * Retention (X5), daily: closed posts (resolved or expired) older than the council's retention
 * period go, with their conversations and messages (foreign keys cascade); delivered emails
 * after 90 days; digested notifications, expired sessions and sign-in tokens. Each council is
 * purged inside its own transaction.
 */
export async function purgeExpiredData(now = new Date()): Promise<{ posts: number; emails: number }> {
  let postCount = 0;
  let emailCount = 0;
  for (const tenantId of await listTenantIds()) {
    const counts = await withTenant(tenantId, async (tx) => {
      const [council] = await tx.select({ months: councils.retentionMonths }).from(councils).where(eq(councils.tenantId, tenantId));
      if (!council) return { posts: 0, emails: 0 };
      const cutoff = sql`${now.toISOString()}::timestamptz - make_interval(months => ${council.months})`;
      const purgedPosts = await tx
        .delete(posts)
        .where(
          and(
            eq(posts.tenantId, tenantId),
            inArray(posts.status, ['resolved', 'expired']),
            sql`coalesce(${posts.resolvedAt}, ${posts.expiresAt}, ${posts.updatedAt}) < ${cutoff}`,
          ),
        )
        .returning({ id: posts.id });
      const emailCutoff = new Date(now.getTime() - EMAIL_RETENTION_DAYS * 86_400_000);
      const purgedEmails = await tx
        .delete(emails)
        .where(and(eq(emails.tenantId, tenantId), inArray(emails.status, ['sent', 'captured', 'failed']), lt(emails.createdAt, emailCutoff)))
        .returning({ id: emails.id });
      await tx
        .delete(pendingNotifications)
        .where(and(eq(pendingNotifications.tenantId, tenantId), lt(pendingNotifications.digestedAt, new Date(now.getTime() - 30 * 86_400_000))));
      await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), lt(sessions.expires, now)));
      await tx.delete(verificationTokens).where(and(eq(verificationTokens.tenantId, tenantId), or(lt(verificationTokens.expires, now))));
      return { posts: purgedPosts.length, emails: purgedEmails.length };
    });
    postCount += counts.posts;
    emailCount += counts.emails;
  }
  return { posts: postCount, emails: emailCount };
}
