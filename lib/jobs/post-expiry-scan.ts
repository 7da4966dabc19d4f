import { and, asc, eq, lte, or, sql } from 'drizzle-orm';
import { posts } from '@/db/schema/posts';
import { withAdmin } from '@/db/with-tenant';
import { REMINDER_BEFORE_MS } from '@/lib/posts/post-expiry';
import { sendJob } from './boss';

/** Per scan; the rest wait for the next run (every few minutes). */
const SCAN_BATCH = 1_000;

export type PostJob = { tenantId: string; postId: string };

/**
 * The cron job behind post expiry (R4): one query across councils (owner connection, on the
 * partial index of open posts by expiry) finds posts past their date or due for a reminder,
 * and queues one job per post. Each job then works inside its own council's withTenant and is
 * idempotent, so a scan that runs twice, or jobs retried after a restart, change nothing twice;
 * singleton keys keep the queue from filling with duplicates meanwhile.
 */
export async function scanPostExpiry(now = new Date()) {
  const due = await withAdmin((tx) =>
    tx
      .select({ tenantId: posts.tenantId, id: posts.id, expiresAt: posts.expiresAt })
      .from(posts)
      .where(
        and(
          eq(posts.status, 'open'),
          or(
            lte(posts.expiresAt, now),
            and(
              lte(posts.expiresAt, new Date(now.getTime() + REMINDER_BEFORE_MS)),
              sql`${posts.reminderSentFor} is distinct from ${posts.expiresAt}`,
            ),
          ),
        ),
      )
      .orderBy(asc(posts.expiresAt))
      .limit(SCAN_BATCH),
  );
  let expiring = 0;
  let reminders = 0;
  for (const post of due) {
    const data: PostJob = { tenantId: post.tenantId, postId: post.id };
    if (post.expiresAt <= now) {
      await sendJob('posts.expire', data, { singletonKey: `expire:${post.id}` });
      expiring++;
    } else {
      await sendJob('posts.expiry-reminder', data, { singletonKey: `remind:${post.id}:${post.expiresAt.getTime()}` });
      reminders++;
    }
  }
  return { expiring, reminders };
}
