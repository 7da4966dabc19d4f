import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories } from '@/db/schema/categories';
import { standingOfferCategories, standingOffers } from '@/db/schema/matching';
import { AppError } from '@/lib/errors';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const RADIUS_CHOICES_M = [500, 1_000, 2_000, 5_000, 10_000, 20_000] as const;
export const MAX_OFFER_RADIUS_M = RADIUS_CHOICES_M.at(-1)!;

export type StandingOfferInput = { categoryIds: string[]; radiusM: number; weekdays: Weekday[] };

export async function getStandingOffer(tx: Tx, tenantId: string, userId: string) {
  const [offer] = await tx
    .select()
    .from(standingOffers)
    .where(and(eq(standingOffers.tenantId, tenantId), eq(standingOffers.userId, userId)));
  if (!offer) return null;
  const cats = await tx
    .select({ categoryId: standingOfferCategories.categoryId })
    .from(standingOfferCategories)
    .where(and(eq(standingOfferCategories.tenantId, tenantId), eq(standingOfferCategories.userId, userId)));
  return { radiusM: offer.radiusM, weekdays: offer.weekdays as Weekday[], categoryIds: cats.map((c) => c.categoryId) };
}

/** Records (or replaces) what a helper can do; an empty category list removes the offer. */
export async function saveStandingOffer(tx: Tx, tenantId: string, userId: string, input: StandingOfferInput) {
  const ids = [...new Set(input.categoryIds)];
  if (ids.length === 0) {
    await tx.delete(standingOffers).where(and(eq(standingOffers.tenantId, tenantId), eq(standingOffers.userId, userId)));
    return;
  }
  const known = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), inArray(categories.id, ids), eq(categories.status, 'enabled')));
  if (known.length !== ids.length) throw new AppError('validation', 'unknown category', { categoryIds: 'unknown' });
  await tx
    .insert(standingOffers)
    .values({ tenantId, userId, radiusM: input.radiusM, weekdays: input.weekdays })
    .onConflictDoUpdate({
      target: [standingOffers.tenantId, standingOffers.userId],
      set: { radiusM: input.radiusM, weekdays: input.weekdays, updatedAt: new Date() },
    });
  await tx
    .delete(standingOfferCategories)
    .where(and(eq(standingOfferCategories.tenantId, tenantId), eq(standingOfferCategories.userId, userId)));
  await tx.insert(standingOfferCategories).values(ids.map((categoryId) => ({ tenantId, userId, categoryId })));
}
