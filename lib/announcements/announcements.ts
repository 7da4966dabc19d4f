import { and, desc, eq, isNull, or, gt, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { announcements, type Announcement } from '@/db/schema/announcements';
import { users } from '@/db/schema/users';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { toMetric, type LatLng } from '@/lib/geo/lambert93';
import { sendJob } from '@/lib/jobs/boss';
import { invalidateSiteNotices } from './site-notices';

export type AnnouncementAudience = 'none' | 'all' | 'radius';

export type NewAnnouncement = {
  title: string;
  body: string;
  /** Last day shown (YYYY-MM-DD, French calendar), or none: until withdrawn. */
  lastDay: string | null;
  audience: AnnouncementAudience;
  /** For 'radius': the point and the distance. */
  centre?: LatLng;
  radiusKm?: number;
};

export type AnnouncementEmailJob = { tenantId: string; announcementId: string; origin: string };

/**
 * Publishes an announcement (A6): it shows on the site at once (this server's cache of the
 * site's notices is dropped; others follow within seconds). If it is to be emailed, the
 * sending is a job queued once the transaction commits, which works through the recipients in
 * batches (see email-announcement.ts), never a loop inside this request.
 */
export async function publishAnnouncement(
  tx: Tx,
  tenantId: string,
  userId: string,
  input: NewAnnouncement,
  options: { origin: string; source?: 'staff' | 'crisis' },
): Promise<Announcement> {
  if (input.audience === 'radius' && (!input.centre || !input.radiusKm)) throw new AppError('validation', 'radius without centre');
  const [row] = await tx
    .insert(announcements)
    .values({
      tenantId,
      title: input.title,
      body: input.body,
      // The end of the last day, in French time.
      endsAt: input.lastDay ? sql`((${input.lastDay}::date + 1)::timestamp at time zone 'Europe/Paris')` : null,
      source: options.source ?? 'staff',
      createdBy: userId,
      audience: input.audience,
      centre: input.audience === 'radius' ? toMetric(input.centre!) : null,
      radiusM: input.audience === 'radius' ? Math.round(input.radiusKm! * 1000) : null,
      emailState: input.audience === 'none' ? 'none' : 'sending',
    })
    .returning();
  afterCommit(tx, () => invalidateSiteNotices(tenantId));
  if (input.audience !== 'none') {
    const job: AnnouncementEmailJob = { tenantId, announcementId: row!.id, origin: options.origin };
    afterCommit(tx, () => sendJob('announcements.email', job, { singletonKey: `${row!.id}:start` }));
  }
  return row!;
}

/** "Retirer du site": the banner goes now; emails not yet sent are not sent. */
export async function endAnnouncement(tx: Tx, tenantId: string, announcementId: string) {
  const [ended] = await tx
    .update(announcements)
    .set({ endsAt: sql`now()` })
    .where(
      and(
        eq(announcements.tenantId, tenantId),
        eq(announcements.id, announcementId),
        or(isNull(announcements.endsAt), gt(announcements.endsAt, sql`now()`)),
      ),
    )
    .returning({ id: announcements.id, title: announcements.title });
  if (!ended) {
    const [exists] = await tx
      .select({ id: announcements.id })
      .from(announcements)
      .where(and(eq(announcements.tenantId, tenantId), eq(announcements.id, announcementId)));
    throw new AppError(exists ? 'validation' : 'not_found', 'announcement already ended');
  }
  afterCommit(tx, () => invalidateSiteNotices(tenantId));
  return ended;
}

export type AdminAnnouncement = Announcement & { authorName: string; active: boolean };

export async function listAnnouncements(tx: Tx, tenantId: string, limit = 50): Promise<AdminAnnouncement[]> {
  const rows = await tx
    .select({ a: announcements, authorName: users.name, authorEmail: users.email, active: sql<boolean>`(${announcements.endsAt} is null or ${announcements.endsAt} > now())` })
    .from(announcements)
    .innerJoin(users, and(eq(users.tenantId, announcements.tenantId), eq(users.id, announcements.createdBy)))
    .where(eq(announcements.tenantId, tenantId))
    .orderBy(desc(announcements.startsAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.a, authorName: r.authorName ?? r.authorEmail, active: r.active }));
}
