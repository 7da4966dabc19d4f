import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { createElement } from 'react';
import { pendingNotifications } from '@/db/schema/notifications';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { listPendingDigests } from '@/lib/jobs/cross-tenant-scans';
import { emailBranding } from '@/lib/email/branding';
import { queueEmail } from '@/lib/email/queue-email';
import { NotificationEmail } from '@/lib/email/templates/notification-email';
import { format, getMessages, isLocale } from '@/lib/i18n/messages';
import { getCouncil } from '@/lib/tenant/council';
import { findTenantById } from '@/lib/tenant/directory';
import { councilOrigin } from '@/lib/tenant/council-origin';
import { unsubscribeHeaders, unsubscribePageUrl } from './unsubscribe';

/**
 * The daily digest (R8): one email per person gathering what they chose to receive "once a
 * day", built and queued inside that person's council.
 */
export async function sendDailyDigests(): Promise<number> {
  const waiting = await listPendingDigests();
  let sent = 0;
  for (const { tenantId, userId } of waiting) {
    const tenant = await findTenantById(tenantId);
    const council = await getCouncil(tenantId);
    if (!tenant || !council) continue;
    const origin = councilOrigin(tenant);
    sent += await withTenant(tenantId, async (tx) => {
      const items = await tx
        .select()
        .from(pendingNotifications)
        .where(and(eq(pendingNotifications.tenantId, tenantId), eq(pendingNotifications.userId, userId), isNull(pendingNotifications.digestedAt)))
        .orderBy(asc(pendingNotifications.createdAt))
        .for('update');
      if (!items.length) return 0;
      await tx
        .update(pendingNotifications)
        .set({ digestedAt: sql`now()` })
        .where(and(eq(pendingNotifications.tenantId, tenantId), eq(pendingNotifications.userId, userId), isNull(pendingNotifications.digestedAt)));
      const [person] = await tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
      if (!person || person.status !== 'active') return 0;
      const locale = isLocale(person.locale) ? person.locale : 'fr';
      const m = getMessages(locale);
      // Deduplicate (a need matched twice, several messages of one conversation).
      const seen = new Set<string>();
      const lines = items.filter((i) => {
        const key = i.dedupeKey ?? `${i.kind}:${i.payload.path}:${i.payload.title}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const kind = items[0]!.kind;
      await queueEmail(tx, tenantId, {
        kind: 'notify:digest',
        to: person.email,
        fromName: council.name,
        subject: format(m.notify.digestSubject, { council: council.name }),
        headers: unsubscribeHeaders(origin, tenantId, userId, kind),
        body: createElement(NotificationEmail, {
          branding: emailBranding(council, origin, locale),
          preview: m.notify.digestIntro,
          greeting: person.name ? format(m.notify.greetingNamed, { name: person.name }) : m.notify.greeting,
          paragraphs: [m.notify.digestIntro],
          items: lines.map((i) => ({ title: i.payload.title, url: `${origin}${i.payload.path}` })),
          action: { label: m.notify.digestAction, url: `${origin}/` },
          unsubscribe: { text: m.notify.unsubscribeText[kind], label: m.notify.unsubscribeLink, url: unsubscribePageUrl(origin, tenantId, userId, kind) },
        }),
      });
      return 1;
    });
  }
  return sent;
}
