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
 * The helpers a need should reach (R6), in one query: a standing offer in its category, a home
 * within their own radius of the need, free on its day(s), active, not its author, and no block
 * either way. The circle of the largest allowed radius lets the GiST index on users (tenant_id,
 * home) do the spatial work (see bench/matching).
 */
export async function findMatchingHelpers(tx: Tx, tenantId: string, need: NeedForMatching): Promise<{ userId: string; distanceM: number }[]> {
  const days = needWeekdays(need);
  const point = sql`point(${need.location.x}, ${need.location.y})`;
  const result = await tx.execute(sql`
    select u.id as user_id, (u.home <-> ${point}) as distance_m
    from standing_offers so
    join users u on u.tenant_id = so.tenant_id and u.id = so.user_id
    where so.tenant_id = ${tenantId}
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
        where b.tenant_id = so.tenant_id
          and ((b.blocker_id = u.id and b.blocked_id = ${need.authorId})
            or (b.blocker_id = ${need.authorId} and b.blocked_id = u.id)))
    order by distance_m`);
  return rowsOf<{ user_id: string; distance_m: number | string }>(result).map((r) => ({
    userId: r.user_id,
    distanceM: Number(r.distance_m),
  }));
}
