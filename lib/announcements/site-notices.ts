import { and, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { announcements } from '@/db/schema/announcements';
import { crisisPlans } from '@/db/schema/crisis';
import { withTenant } from '@/db/with-tenant';
import { processCache } from '@/lib/cache/process-cache';

export type SiteAnnouncement = { id: string; title: string; body: string; endsAt: Date | null; crisis: boolean };
export type SiteNotices = { crisisBanner: string | null; announcements: SiteAnnouncement[] };

/** Same delay as the council profile: a change shows everywhere within seconds. */
const NOTICES_TTL_MS = 3_000;
const cache = processCache<{ crisisBanner: string | null; announcements: SiteAnnouncement[] }>('site-notices', NOTICES_TTL_MS);

/** Shown at most, newest first: a banner is for news, not an archive. */
const MAX_BANNERS = 3;

/**
 * What every public page shows above its content (A6, A10): the crisis banner while crisis
 * mode is on, and the council's announcements while they are active. Cached per council for
 * a few seconds; end dates are applied on every read, so an announcement disappears on time.
 */
export async function getSiteNotices(tenantId: string, now = new Date()): Promise<SiteNotices> {
  const cached = await cache.get(tenantId, () =>
    withTenant(tenantId, async (tx) => {
      const [plan] = await tx
        .select({ activeSince: crisisPlans.activeSince, bannerText: crisisPlans.bannerText })
        .from(crisisPlans)
        .where(eq(crisisPlans.tenantId, tenantId));
      const rows = await tx
        .select({ id: announcements.id, title: announcements.title, body: announcements.body, endsAt: announcements.endsAt, source: announcements.source })
        .from(announcements)
        .where(
          and(
            eq(announcements.tenantId, tenantId),
            lte(announcements.startsAt, sql`now()`),
            // Fetched a little ahead of time so the cached list can expire entries by itself.
            or(isNull(announcements.endsAt), gt(announcements.endsAt, sql`now()`)),
          ),
        )
        .orderBy(desc(announcements.startsAt))
        .limit(MAX_BANNERS + 5);
      return {
        crisisBanner: plan?.activeSince ? plan.bannerText : null,
        announcements: rows.map((r) => ({ id: r.id, title: r.title, body: r.body, endsAt: r.endsAt, crisis: r.source === 'crisis' })),
      };
    }),
  );
  return {
    crisisBanner: cached.crisisBanner,
    announcements: cached.announcements.filter((a) => !a.endsAt || a.endsAt > now).slice(0, MAX_BANNERS),
  };
}

export function invalidateSiteNotices(tenantId: string) {
  cache.delete(tenantId);
}
