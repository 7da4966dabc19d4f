import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { toMetric } from '@/lib/geo/lambert93';
import { weeksOf, type DashboardRange } from './dashboard-range';

/**
 * The council's dashboard (A7), computed in SQL under the council's RLS. Definitions, all over
 * the period [from, to] in French days unless said otherwise; posts hidden by moderation and
 * the council's own account are left out everywhere:
 *  - residents: accounts of residents registered by the end of the period (newResidents: in it);
 *  - helpers: people who published an offer or answered a need during the period;
 *  - needs, offers: posts published during the period;
 *  - matched: needs of the period for which a helper was chosen; resolved: needs of the period
 *    now resolved;
 *  - median first response: for needs of the period that got an answer, the median time
 *    between publication and the first answer ("Je peux aider"), in minutes;
 *  - unanswered: needs open right now, published more than 48 hours ago, that nobody answered
 *    — a list to follow up, whatever the period.
 * Nothing here names a person or gives a position; the CSV is made from these figures only.
 */
export type DashboardTotals = {
  residents: number;
  newResidents: number;
  helpers: number;
  needs: number;
  offers: number;
  matched: number;
  resolved: number;
  medianFirstResponseMinutes: number | null;
};

export type Breakdown = { key: string; label: string; needs: number; offers: number };
export type UnansweredNeed = { id: string; title: string; category: string; createdAt: Date; assistedRequestId: string | null };

export type Dashboard = {
  range: DashboardRange;
  totals: DashboardTotals;
  byCategory: Breakdown[];
  byQuartier: Breakdown[];
  byWeek: Breakdown[];
  unanswered: UnansweredNeed[];
};

export const UNANSWERED_AFTER_HOURS = 48;
export const OUTSIDE_QUARTIERS_KEY = '_hors';

type QuartierShape = { id: string; name: string; polygon: GeoJSON.Polygon };

/** A quartier's outer ring in Lambert-93 metres, as a core PostgreSQL polygon literal. */
export function polygonLiteral(polygon: GeoJSON.Polygon): string | null {
  const ring = polygon.coordinates[0];
  if (!ring || ring.length < 4) return null;
  const points = ring.map(([lng, lat]) => toMetric({ lat: lat!, lng: lng! })).map((p) => `(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
  return `(${points.join(',')})`;
}

export async function computeDashboard(tx: Tx, tenantId: string, range: DashboardRange, quartierShapes: QuartierShape[], now = new Date()): Promise<Dashboard> {
  const start = sql`(${range.from}::date::timestamp at time zone 'Europe/Paris')`;
  const end = sql`((${range.to}::date + 1)::timestamp at time zone 'Europe/Paris')`;
  const notCouncil = sql`not exists (select 1 from council_accounts ca where ca.tenant_id = u.tenant_id and ca.user_id = u.id)`;
  const inPeriod = sql`p.tenant_id = ${tenantId} and p.moderation <> 'hidden' and p.created_at >= ${start} and p.created_at < ${end}`;

  const [totals] = rowsOf<Record<string, number | string | null>>(
    await tx.execute(sql`
      with period_posts as (
        select p.id, p.kind, p.status, p.created_at, p.author_id from posts p where ${inPeriod}
      ),
      first_answers as (
        select pp.id, min(c.created_at) as first_at, pp.created_at
        from period_posts pp join conversations c on c.tenant_id = ${tenantId} and c.post_id = pp.id
        where pp.kind = 'need' group by pp.id, pp.created_at
      )
      select
        (select count(*)::int from users u where u.tenant_id = ${tenantId} and u.role = 'resident' and u.status <> 'deleted'
           and u.created_at < ${end} and ${notCouncil}) as residents,
        (select count(*)::int from users u where u.tenant_id = ${tenantId} and u.role = 'resident' and u.status <> 'deleted'
           and u.created_at >= ${start} and u.created_at < ${end} and ${notCouncil}) as new_residents,
        (select count(*)::int from (
           select pp.author_id as who from period_posts pp where pp.kind = 'offer'
           union
           select c.responder_id from conversations c join posts p on p.tenant_id = c.tenant_id and p.id = c.post_id
             where c.tenant_id = ${tenantId} and p.kind = 'need' and c.created_at >= ${start} and c.created_at < ${end}
         ) h) as helpers,
        (select count(*)::int from period_posts where kind = 'need') as needs,
        (select count(*)::int from period_posts where kind = 'offer') as offers,
        (select count(*)::int from period_posts pp where pp.kind = 'need'
           and exists (select 1 from helps h where h.tenant_id = ${tenantId} and h.post_id = pp.id)) as matched,
        (select count(*)::int from period_posts where kind = 'need' and status = 'resolved') as resolved,
        (select percentile_cont(0.5) within group (order by extract(epoch from (first_at - created_at)) / 60) from first_answers) as median_minutes`),
  );

  const byCategory = rowsOf<{ key: string; label: string; needs: number; offers: number }>(
    await tx.execute(sql`
      select c.key, c.label,
        count(p.id) filter (where p.kind = 'need')::int as needs,
        count(p.id) filter (where p.kind = 'offer')::int as offers
      from categories c
      left join posts p on p.tenant_id = c.tenant_id and p.category_id = c.id and ${inPeriod}
      where c.tenant_id = ${tenantId}
      group by c.id, c.key, c.label, c.position, c.status
      having c.status = 'enabled' or count(p.id) > 0
      order by c.position, c.label`),
  );

  const shapes = quartierShapes.map((q, i) => ({ ...q, i, literal: polygonLiteral(q.polygon) })).filter((q) => q.literal);
  const quartierRows = rowsOf<{ quartier: string | null; needs: number; offers: number }>(
    await tx.execute(sql`
      select q.id as quartier,
        count(*) filter (where p.kind = 'need')::int as needs,
        count(*) filter (where p.kind = 'offer')::int as offers
      from posts p
      left join lateral (
        ${
          shapes.length
            ? sql`select v.id from (values ${sql.join(
                shapes.map((s) => sql`(${s.id}::text, ${s.i}::int, ${s.literal}::polygon)`),
                sql`, `,
              )}) v(id, pos, poly) where p.location <@ v.poly order by v.pos limit 1`
            : sql`select null::text as id where false`
        }
      ) q on true
      where ${inPeriod}
      group by q.id`),
  );
  const quartierCounts = new Map(quartierRows.map((r) => [r.quartier ?? OUTSIDE_QUARTIERS_KEY, r]));
  const byQuartier: Breakdown[] = quartierShapes.map((q) => ({
    key: q.id,
    label: q.name,
    needs: Number(quartierCounts.get(q.id)?.needs ?? 0),
    offers: Number(quartierCounts.get(q.id)?.offers ?? 0),
  }));
  const outside = quartierCounts.get(OUTSIDE_QUARTIERS_KEY);
  if (outside && (outside.needs || outside.offers)) {
    byQuartier.push({ key: OUTSIDE_QUARTIERS_KEY, label: '', needs: Number(outside.needs), offers: Number(outside.offers) });
  }

  const weekRows = rowsOf<{ week: string; needs: number; offers: number }>(
    await tx.execute(sql`
      select to_char(date_trunc('week', p.created_at at time zone 'Europe/Paris'), 'YYYY-MM-DD') as week,
        count(*) filter (where p.kind = 'need')::int as needs,
        count(*) filter (where p.kind = 'offer')::int as offers
      from posts p where ${inPeriod}
      group by 1`),
  );
  const weekCounts = new Map(weekRows.map((r) => [r.week, r]));
  const byWeek = weeksOf(range).map((week) => ({
    key: week,
    label: week,
    needs: Number(weekCounts.get(week)?.needs ?? 0),
    offers: Number(weekCounts.get(week)?.offers ?? 0),
  }));

  const unanswered = rowsOf<{ id: string; title: string; category: string; created_at: string | Date; assisted_id: string | null }>(
    await tx.execute(sql`
      select p.id, p.title, c.label as category, p.created_at, ar.id as assisted_id
      from posts p
      join categories c on c.tenant_id = p.tenant_id and c.id = p.category_id
      left join assisted_requests ar on ar.tenant_id = p.tenant_id and ar.post_id = p.id
      where p.tenant_id = ${tenantId} and p.kind = 'need' and p.status = 'open' and p.moderation = 'approved'
        and p.expires_at > ${now.toISOString()}::timestamptz
        and p.created_at < ${now.toISOString()}::timestamptz - make_interval(hours => ${UNANSWERED_AFTER_HOURS})
        and not exists (select 1 from conversations cv where cv.tenant_id = p.tenant_id and cv.post_id = p.id)
      order by p.created_at
      limit 100`),
  ).map((r) => ({ id: r.id, title: r.title, category: r.category, createdAt: new Date(r.created_at), assistedRequestId: r.assisted_id }));

  const median = totals!.median_minutes;
  return {
    range,
    totals: {
      residents: Number(totals!.residents),
      newResidents: Number(totals!.new_residents),
      helpers: Number(totals!.helpers),
      needs: Number(totals!.needs),
      offers: Number(totals!.offers),
      matched: Number(totals!.matched),
      resolved: Number(totals!.resolved),
      medianFirstResponseMinutes: median === null || median === undefined ? null : Math.round(Number(median)),
    },
    byCategory: byCategory.map((r) => ({ key: r.key, label: r.label, needs: Number(r.needs), offers: Number(r.offers) })),
    byQuartier,
    byWeek,
    unanswered,
  };
}
