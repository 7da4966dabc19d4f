import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { createElement } from 'react';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { afterCommit, withTenant } from '@/db/with-tenant';
import { isCouncilAccountEmail } from '@/lib/assisted/council-account';
import { emailBranding } from '@/lib/email/branding';
import { queueEmail } from '@/lib/email/queue-email';
import { PostExpiryReminderEmail } from '@/lib/email/templates/post-expiry-reminder-email';
import { formatLongDate } from '@/lib/i18n/format-date';
import { format, getMessages, isLocale } from '@/lib/i18n/messages';
import { invalidateImpactCounters } from '@/lib/stats/impact-counters';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { canPublish, findTenantById } from '@/lib/tenant/directory';
import { councilOrigin } from '@/lib/tenant/council-origin';
import { createRenewToken } from './renew-token';

/** The reminder goes out this long before a post expires (R4). */
export const REMINDER_BEFORE_MS = 3 * 86_400_000;

/**
 * Emails the author of one post that expires within three days, once per expiry date: the
 * row is locked and marked in the same transaction that writes the email to the outbox, so a
 * job run twice (a retry, two workers, a restart) sends one email. Another council's post id
 * finds nothing under this council's RLS.
 */
export async function sendExpiryReminder(tenantId: string, postId: string, now = new Date()): Promise<'sent' | 'skipped'> {
  const tenant = await findTenantById(tenantId);
  if (!tenant || !canPublish(tenant)) return 'skipped';
  const council = await getCouncilOrThrow(tenantId);
  return withTenant(tenantId, async (tx) => {
    const [row] = await tx
      .select({ post: posts, email: users.email, name: users.name, locale: users.locale, authorStatus: users.status })
      .from(posts)
      .innerJoin(users, and(eq(users.tenantId, posts.tenantId), eq(users.id, posts.authorId)))
      .where(
        and(
          eq(posts.tenantId, tenantId),
          eq(posts.id, postId),
          eq(posts.status, 'open'),
          gt(posts.expiresAt, now),
          lte(posts.expiresAt, new Date(now.getTime() + REMINDER_BEFORE_MS)),
          sql`${posts.reminderSentFor} is distinct from ${posts.expiresAt}`,
        ),
      )
      .for('update', { of: posts });
    if (!row || row.authorStatus !== 'active') return 'skipped';
    const { post } = row;
    await tx
      .update(posts)
      .set({ reminderSentFor: post.expiresAt })
      .where(and(eq(posts.tenantId, tenantId), eq(posts.id, postId)));
    // A5: a need recorded at the guichet has no mailbox behind it; staff see its expiry there.
    if (isCouncilAccountEmail(row.email)) return 'skipped';

    const locale = isLocale(row.locale) ? row.locale : 'fr';
    const m = getMessages(locale);
    const origin = councilOrigin(tenant);
    const vars = {
      council: council.name,
      title: post.title,
      name: row.name ?? '',
      date: formatLongDate(post.expiresAt, locale),
      days: council.postExpiryDays,
    };
    await queueEmail(tx, tenantId, {
      kind: 'post-expiry-reminder',
      to: row.email,
      fromName: council.name,
      subject: format(m.postEmail.reminderSubject, vars),
      body: createElement(PostExpiryReminderEmail, {
        branding: emailBranding(council, origin, locale),
        renewUrl: `${origin}/annonces/${post.id}/prolonger?jeton=${encodeURIComponent(createRenewToken(post))}`,
        myPostsUrl: `${origin}/mes-annonces`,
        text: {
          preview: format(m.postEmail.reminderPreview, vars),
          hello: format(m.postEmail.reminderHello, vars),
          body: format(m.postEmail.reminderBody, vars),
          still: format(m.postEmail.reminderStill, vars),
          button: m.postEmail.reminderButton,
          done: m.postEmail.reminderDone,
          mine: m.postEmail.reminderMine,
        },
      }),
    });
    return 'sent';
  });
}

/** Marks one post expired once its date has passed; a no-op if it was renewed or closed since. */
export async function expirePost(tenantId: string, postId: string, now = new Date()): Promise<boolean> {
  return withTenant(tenantId, async (tx) => {
    const rows = await tx
      .update(posts)
      .set({ status: 'expired', updatedAt: now })
      .where(and(eq(posts.tenantId, tenantId), eq(posts.id, postId), eq(posts.status, 'open'), lte(posts.expiresAt, now)))
      .returning({ id: posts.id });
    if (rows.length) afterCommit(tx, () => invalidateImpactCounters(tenantId));
    return rows.length > 0;
  });
}
