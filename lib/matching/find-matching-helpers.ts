import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rowsOf } from '@/db/client';
import type { Metric } from '@/lib/geo/lambert93';
import { MAX_OFFER_RADIUS_M, type Weekday } from './standing-offers';

export type NeedForMatching = {
  postId: string;
  authorId: string;
  categoryId: string;
  location: Metric;
  whenKind: 'flexible' | 'date' | 'weekly';
  whenDate: string | null;
  whenWeekdays: string[] | null;
};

const JS_DAY_TO_WEEKDAY: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekdays a need happens on, or null when it is flexible (any day suits). */
export function needWeekdays(need: Pick<NeedForMatching, 'whenKind' | 'whenDate' | 'whenWeekdays'>): Weekday[] | null {
  if (need.whenKind === 'date' && need.whenDate) return [JS_DAY_TO_WEEKDAY[new Date(`${need.whenDate}T12:00:00Z`).getUTCDay()]!];
  if (need.whenKind === 'weekly' && need.whenWeekdays?.length) return need.whenWeekdays as Weekday[];
  return null;
}

/**
 * How many helpers one need reaches at most: the nearest ones. In a dense town thousands may
 * match; a hundred neighbours told at once is plenty, and the query stays fast (bench/matching).
 */
export const MATCH_LIMIT = 100;

/**
 * The helpers a need should reach (R6), nearest first, in one query: a standing offer in its
 * category, a home within their own radius of the need, free on its day(s), active, not its
 * author, and no block either way. The GiST index on users (tenant_id, home) is walked
 * nearest-first inside the circle of the largest allowed radius, and the walk stops at `limit`.
 */
export async function findMatchingHelpers(
  tx: Tx,
  tenantId: string,
  need: NeedForMatching,
  limit = MATCH_LIMIT,
): Promise<{ userId: string; distanceM: number }[]> {
  const days = needWeekdays(need);
  const point = sql`point(${need.location.x}, ${need.location.y})`;
  const result = await tx.execute(sql`
    select u.id as user_id, (u.home <-> ${point}) as distance_m
    from users u
    join standing_offers so on so.tenant_id = u.tenant_id and so.user_id = u.id
    where u.tenant_id = ${tenantId}
      and u.status = 'active' and u.home is not null
      and u.home <@ circle(${point}, ${MAX_OFFER_RADIUS_M})
      and (u.home <-> ${point}) <= so.radius_m
      and u.id <> ${need.authorId}
      and exists (
        select 1 from standing_offer_categories c
        where c.tenant_id = so.tenant_id and c.user_id = so.user_id and c.category_id = ${need.categoryId})
      ${days ? sql`and (cardinality(so.weekdays) = 0 or so.weekdays && string_to_array(${days.join(',')}, ','))` : sql``}
      and not exists (
        select 1 from blocks b
        where b.tenant_id = u.tenant_id
          and ((b.blocker_id = u.id and b.blocked_id = ${need.authorId})
            or (b.blocker_id = ${need.authorId} and b.blocked_id = u.id)))
    order by u.home <-> ${point}
    limit ${limit}`);
  return rowsOf<{ user_id: string; distance_m: number | string }>(result).map((r) => ({
    userId: r.user_id,
    distanceM: Number(r.distance_m),
  }));
}
