import { and, eq } from 'drizzle-orm';
import { createElement } from 'react';
import type { Tx } from '@/db/client';
import { pendingNotifications } from '@/db/schema/notifications';
import { users } from '@/db/schema/users';
import { staffRecipientsFor } from '@/lib/assisted/staff-recipients';
import { emailBranding } from '@/lib/email/branding';
import { queueEmail } from '@/lib/email/queue-email';
import { NotificationEmail } from '@/lib/email/templates/notification-email';
import type { Messages } from '@/lib/i18n/fr';
import { format, getMessages, isLocale, type Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';
import { getNotificationModes } from './preferences';
import { unsubscribeHeaders, unsubscribePageUrl, type NotificationKind } from './unsubscribe';

export type NotificationContent = {
  subject: string;
  paragraphs: string[];
  actionLabel: string;
  /** One line in the daily digest. */
  digestTitle: string;
};

export type Notification = {
  kind: NotificationKind;
  recipientId: string;
  /** A path on the council's site the email links to. */
  path: string;
  /** Built in the recipient's language. Never put a message body or an address in an email. */
  content: (m: Messages) => NotificationContent;
  dedupeKey?: string;
};

export type NotifyContext = { council: CouncilProfile; origin: string };

/**
 * Tells a person something happened, as they chose for that kind (R8): an email now (through
 * the outbox, with one-click unsubscribe), a line in tomorrow's digest, or nothing.
 */
export async function notify(tx: Tx, ctx: NotifyContext, n: Notification): Promise<'instant' | 'daily' | 'off' | 'skipped'> {
  const tenantId = ctx.council.tenantId;
  // A5: the council's own account reads nothing; the staff following the request do.
  const staff = await staffRecipientsFor(tx, tenantId, n.recipientId, n.path);
  if (staff) {
    let result: Awaited<ReturnType<typeof notify>> = 'skipped';
    for (const recipientId of staff.recipients) result = await notify(tx, ctx, { ...n, recipientId, path: staff.path });
    return result;
  }
  const [recipient] = await tx
    .select({ email: users.email, status: users.status, locale: users.locale, name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, n.recipientId)));
  if (!recipient || recipient.status !== 'active') return 'skipped';
  const mode = (await getNotificationModes(tx, tenantId, n.recipientId))[n.kind];
  if (mode === 'off') return 'off';
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : 'fr';
  const m = getMessages(locale);
  const content = n.content(m);
  if (mode === 'daily') {
    await tx.insert(pendingNotifications).values({
      tenantId,
      userId: n.recipientId,
      kind: n.kind,
      payload: { title: content.digestTitle, path: n.path },
      dedupeKey: n.dedupeKey ?? null,
    });
    return 'daily';
  }
  await queueEmail(tx, tenantId, {
    kind: `notify:${n.kind}`,
    to: recipient.email,
    fromName: ctx.council.name,
    subject: content.subject,
    headers: unsubscribeHeaders(ctx.origin, tenantId, n.recipientId, n.kind),
    body: createElement(NotificationEmail, {
      branding: emailBranding(ctx.council, ctx.origin, locale),
      preview: content.subject,
      greeting: recipient.name ? format(m.notify.greetingNamed, { name: recipient.name }) : m.notify.greeting,
      paragraphs: content.paragraphs,
      action: { label: content.actionLabel, url: `${ctx.origin}${n.path}` },
      unsubscribe: {
        text: m.notify.unsubscribeText[n.kind],
        label: m.notify.unsubscribeLink,
        url: unsubscribePageUrl(ctx.origin, tenantId, n.recipientId, n.kind),
      },
    }),
  });
  return 'instant';
}
