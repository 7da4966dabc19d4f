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

/** Nearest residents examined in the first round; further rounds look further. */
const FIRST_ROUND = 2_000;

/**
 * The helpers a need should reach (R6), nearest first, at most `limit`: a standing offer in its
 * category, a home within their own radius of the need, free on its day(s), active, not its
 * author, and no block either way — one query per round.
 *
 * Each round takes the `candidates` nearest residents by walking the GiST index on users
 * (tenant_id, home) nearest-first (a plain top-k: Postgres always plans it that way), then
 * applies the offer's conditions to them. When fewer than `limit` match and residents remain
 * within the largest radius, the next round looks further (at the rate of matches seen so far). Joining the tables
 * directly instead lets the planner misjudge the category and weekday filters and read every
 * helper of the category, then sort (measured in bench/matching).
 */
export async function findMatchingHelpers(
  tx: Tx,
  tenantId: string,
  need: NeedForMatching,
  limit = MATCH_LIMIT,
  firstRound = FIRST_ROUND,
): Promise<{ userId: string; distanceM: number }[]> {
  for (let candidates = firstRound; ; ) {
    const rows = rowsOf<{ user_id: string; distance_m: number | string; examined: number | string; farthest: number | string | null }>(
      await tx.execute(matchingHelpersQuery(tenantId, need, limit, candidates)),
    );
    const reach = rows.length
      ? { examined: Number(rows[0]!.examined), farthest: Number(rows[0]!.farthest) }
      : await reachOf(tx, tenantId, need, candidates);
    // Every resident already looked at, or the last ones beyond any helper's radius: no more to find.
    const exhausted = reach.examined < candidates || reach.farthest > MAX_OFFER_RADIUS_M;
    if (rows.length >= limit || exhausted) {
      return rows.map((r) => ({ userId: r.user_id, distanceM: Number(r.distance_m) }));
    }
    // Look far enough to find the rest at the rate seen so far, and at least four times further.
    candidates = Math.max(candidates * 4, Math.ceil((candidates * limit * 1.5) / Math.max(rows.length, 1)));
  }
}

/** How many of the nearest residents a round looked at, and how far the last one lives. */
async function reachOf(tx: Tx, tenantId: string, need: NeedForMatching, candidates: number) {
  const [row] = rowsOf<{ examined: number | string; farthest: number | string | null }>(
    await tx.execute(sql`select count(*) as examined, max(d) as farthest from (${nearestResidents(tenantId, need, candidates)}) n`),
  );
  return { examined: Number(row?.examined ?? 0), farthest: Number(row?.farthest ?? Infinity) };
}

function nearestResidents(tenantId: string, need: NeedForMatching, candidates: number) {
  const point = sql`point(${need.location.x}, ${need.location.y})`;
  return sql`
    select u.id, u.home <-> ${point} as d
    from users u
    where u.tenant_id = ${tenantId} and u.status = 'active' and u.home is not null and u.id <> ${need.authorId}
    order by u.home <-> ${point}
    limit ${candidates}`;
}

/** The SQL of one round of findMatchingHelpers, on its own so that bench/matching can EXPLAIN it. */
export function matchingHelpersQuery(tenantId: string, need: NeedForMatching, limit = MATCH_LIMIT, candidates = FIRST_ROUND) {
  const days = needWeekdays(need);
  return sql`
    with near as materialized (${nearestResidents(tenantId, need, candidates)}),
    reach as materialized (select count(*) as examined, max(d) as farthest from near)
    select near.id as user_id, near.d as distance_m, reach.examined, reach.farthest
    from near
    cross join reach
    join standing_offers so on so.tenant_id = ${tenantId} and so.user_id = near.id
    where near.d <= least(so.radius_m, ${MAX_OFFER_RADIUS_M})
      and exists (
        select 1 from standing_offer_categories c
        where c.tenant_id = ${tenantId} and c.user_id = near.id and c.category_id = ${need.categoryId})
      ${days ? sql`and (cardinality(so.weekdays) = 0 or so.weekdays && string_to_array(${days.join(',')}, ','))` : sql``}
      and not exists (
        select 1 from blocks b
        where b.tenant_id = ${tenantId}
          and ((b.blocker_id = near.id and b.blocked_id = ${need.authorId})
            or (b.blocker_id = ${need.authorId} and b.blocked_id = near.id)))
    order by near.d
    limit ${limit}`;
}
