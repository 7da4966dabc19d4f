import { and, eq, isNull, or, gt, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { announcements } from '@/db/schema/announcements';
import { categories } from '@/db/schema/categories';
import { crisisPlans, type CrisisPlan } from '@/db/schema/crisis';
import { users } from '@/db/schema/users';
import { afterCommit } from '@/db/with-tenant';
import { publishAnnouncement } from '@/lib/announcements/announcements';
import { invalidateSiteNotices } from '@/lib/announcements/site-notices';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';

export const CRISIS_BANNER_MIN = 5;
export const CRISIS_BANNER_MAX = 300;

export type CrisisPlanInput = {
  bannerText: string;
  categoryIds: string[];
  preModeration: boolean;
  announcementTitle: string;
  announcementBody: string;
  announcementAudience: 'none' | 'all';
};

export type CrisisPlanView = CrisisPlanInput & { activeSince: Date | null; activatedByName: string | null; announcementId: string | null };

const EMPTY: CrisisPlanView = {
  bannerText: '',
  categoryIds: [],
  preModeration: false,
  announcementTitle: '',
  announcementBody: '',
  announcementAudience: 'none',
  activeSince: null,
  activatedByName: null,
  announcementId: null,
};

export async function getCrisisPlan(tx: Tx, tenantId: string): Promise<CrisisPlanView> {
  const [row] = await tx
    .select({ plan: crisisPlans, activatedByName: users.name })
    .from(crisisPlans)
    .leftJoin(users, and(eq(users.tenantId, crisisPlans.tenantId), eq(users.id, crisisPlans.activatedBy)))
    .where(eq(crisisPlans.tenantId, tenantId));
  if (!row) return EMPTY;
  const p = row.plan;
  return {
    bannerText: p.bannerText,
    categoryIds: p.categoryIds,
    preModeration: p.preModeration,
    announcementTitle: p.announcementTitle,
    announcementBody: p.announcementBody,
    announcementAudience: p.announcementAudience === 'all' ? 'all' : 'none',
    activeSince: p.activeSince,
    activatedByName: row.activatedByName,
    announcementId: p.announcementId,
  };
}

/**
 * Saves the plan prepared in advance. Only this council's offered categories are kept (ids
 * come from a form). While crisis mode is on, the banner and categories change at once.
 */
export async function saveCrisisPlan(tx: Tx, tenantId: string, input: CrisisPlanInput) {
  const offered = input.categoryIds.length
    ? (
        await tx
          .select({ id: categories.id })
          .from(categories)
          .where(and(eq(categories.tenantId, tenantId), eq(categories.status, 'enabled')))
      ).map((c) => c.id)
    : [];
  const categoryIds = input.categoryIds.filter((id, i, all) => offered.includes(id) && all.indexOf(id) === i);
  const values = { ...input, categoryIds, updatedAt: new Date() };
  await tx.insert(crisisPlans).values({ tenantId, ...values }).onConflictDoUpdate({ target: crisisPlans.tenantId, set: values });
  afterCommit(tx, () => invalidateSiteNotices(tenantId));
  return { categoryIds };
}

async function lockPlan(tx: Tx, tenantId: string): Promise<CrisisPlan | undefined> {
  const [plan] = await tx.select().from(crisisPlans).where(eq(crisisPlans.tenantId, tenantId)).for('update');
  return plan;
}

/**
 * Crisis mode on (A10), in one transaction: the banner, the categories brought forward and the
 * crisis moderation all follow from `active_since` (read by the pages, the category lists and
 * the posting code), and the prepared announcement is published — emailed if so prepared.
 */
export async function activateCrisis(tx: Tx, tenantId: string, userId: string, origin: string, m: Messages) {
  const plan = await lockPlan(tx, tenantId);
  if (plan?.activeSince) throw new AppError('validation', 'already on', { _: m.crisisAdmin.alreadyOn });
  if (!plan || plan.bannerText.trim().length < CRISIS_BANNER_MIN) throw new AppError('validation', 'no banner', { bannerText: m.crisisAdmin.bannerRequired });
  let announcementId: string | null = null;
  if (plan.announcementTitle.trim() && plan.announcementBody.trim()) {
    const a = await publishAnnouncement(
      tx,
      tenantId,
      userId,
      { title: plan.announcementTitle, body: plan.announcementBody, lastDay: null, audience: plan.announcementAudience === 'all' ? 'all' : 'none' },
      { origin, source: 'crisis' },
    );
    announcementId = a.id;
  }
  await tx
    .update(crisisPlans)
    .set({ activeSince: sql`now()`, activatedBy: userId, announcementId })
    .where(eq(crisisPlans.tenantId, tenantId));
  afterCommit(tx, () => invalidateSiteNotices(tenantId));
  return { announcementId, emailed: !!announcementId && plan.announcementAudience === 'all' };
}

/**
 * Back to standby: the banner, the order of categories and the usual moderation come back by
 * themselves (nothing else was changed), and the crisis announcement is withdrawn.
 */
export async function deactivateCrisis(tx: Tx, tenantId: string, m: Messages) {
  const plan = await lockPlan(tx, tenantId);
  if (!plan?.activeSince) throw new AppError('validation', 'already off', { _: m.crisisAdmin.alreadyOff });
  if (plan.announcementId) {
    await tx
      .update(announcements)
      .set({ endsAt: sql`now()` })
      .where(
        and(
          eq(announcements.tenantId, tenantId),
          eq(announcements.id, plan.announcementId),
          or(isNull(announcements.endsAt), gt(announcements.endsAt, sql`now()`)),
        ),
      );
  }
  await tx.update(crisisPlans).set({ activeSince: null, activatedBy: null, announcementId: null }).where(eq(crisisPlans.tenantId, tenantId));
  afterCommit(tx, () => invalidateSiteNotices(tenantId));
  return { since: plan.activeSince, announcementId: plan.announcementId };
}
