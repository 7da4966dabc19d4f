import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withAdmin } from '@/db/with-tenant';
import { planForPopulation } from '@/lib/billing/plans';
import { foldForSearch } from '@/lib/posts/search-text';
import type { TenantStatus } from './tenant-status';

export const FLEET_SORTS = ['name', 'status', 'plan', 'residents', 'postsMonth', 'lastActivity', 'created'] as const;
export type FleetSort = (typeof FLEET_SORTS)[number];
export const FLEET_PAGE_SIZE = 50;

export type FleetQuery = { q?: string; status?: TenantStatus; sort: FleetSort; dir: 'asc' | 'desc'; page: number };

export type FleetRow = {
  id: string;
  slug: string;
  status: TenantStatus;
  readOnly: boolean;
  name: string;
  population: number;
  planKey: string;
  manualInvoicing: boolean;
  subscriptionStatus: string | null;
  sandboxSlug: string | null;
  residents: number;
  postsMonth: number;
  lastActivity: Date | null;
  createdAt: Date;
};

const ORDER: Record<FleetSort, string> = {
  name: 'sort_name',
  status: 'status',
  plan: 'population',
  residents: 'residents',
  postsMonth: 'posts_month',
  lastActivity: 'last_activity',
  created: 'created_at',
};
/** Sorts that need no per-council count: the page is chosen first, then only its 50 rows are counted. */
const CHEAP: ReadonlySet<FleetSort> = new Set(['name', 'status', 'plan', 'created']);

/**
 * The fleet overview (O6): every council (sandboxes excluded, shown with their council), its
 * status, plan, registered residents, posts this month and last activity, searchable and
 * sortable, 50 a page. Each count is an index range scan per council; when the sort does not
 * need them, they are computed for the page only. `npm run bench:fleet` times it at 1,000 councils.
 */
export async function listFleet(query: FleetQuery): Promise<{ rows: FleetRow[]; total: number; byStatus: Record<string, number> }> {
  const filters: SQL[] = [sql`t.sandbox_of is null`];
  const q = query.q?.trim();
  if (q) {
    const pattern = `%${foldForSearch(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(sql`(lower(unaccent(coalesce(c.name, ''))) like ${pattern} or t.slug like ${pattern} or c.insee_code = ${q.toUpperCase()})`);
  }
  if (query.status) filters.push(sql`t.status = ${query.status}`);
  const where = sql.join(filters, sql` and `);
  const direction = sql.raw(query.dir === 'desc' ? 'desc' : 'asc');
  const column = sql.raw(ORDER[query.sort]);
  const offset = Math.max(0, query.page - 1) * FLEET_PAGE_SIZE;

  const base = sql`
    select t.id, t.slug, t.status, t.read_only_since, t.created_at, c.name, c.population,
      lower(unaccent(coalesce(c.name, t.slug))) as sort_name,
      b.plan_key, coalesce(b.manual_invoicing, false) as manual_invoicing, b.subscription_status,
      (select s.slug from tenants s where s.sandbox_of = t.id order by s.slug limit 1) as sandbox_slug
    from tenants t
    left join councils c on c.tenant_id = t.id
    left join billing_accounts b on b.tenant_id = t.id
    where ${where}`;
  const counts = sql`
    (select count(*)::int from users u where u.tenant_id = f.id and u.role = 'resident') as residents,
    (select count(*)::int from posts p where p.tenant_id = f.id and p.created_at >= date_trunc('month', now())) as posts_month,
    greatest(
      (select max(p.created_at) from posts p where p.tenant_id = f.id),
      (select max(u.created_at) from users u where u.tenant_id = f.id)
    ) as last_activity`;

  const statement = CHEAP.has(query.sort)
    ? sql`
        with page as (
          select f.*, count(*) over () as total from (${base}) f
          order by ${column} ${direction} nulls last, f.slug limit ${FLEET_PAGE_SIZE} offset ${offset}
        )
        select f.*, ${counts} from page f order by ${column} ${direction} nulls last, f.slug`
    : sql`
        select * from (select f.*, count(*) over () as total, ${counts} from (${base}) f) f
        order by ${column} ${direction} nulls last, f.slug limit ${FLEET_PAGE_SIZE} offset ${offset}`;

  return withAdmin(async (tx) => {
    // A thousand tiny index scans look expensive to PostgreSQL's planner, which then spends
    // longer JIT-compiling the query than running it (≈ 380 ms of 580 ms at 1,000 councils).
    await tx.execute(sql`set local jit = off`);
    const raw = rowsOf<Record<string, unknown>>(await tx.execute(statement));
    const byStatus = Object.fromEntries(
      rowsOf<{ status: string; n: number }>(
        await tx.execute(sql`select status, count(*)::int as n from tenants where sandbox_of is null group by status`),
      ).map((r) => [r.status, r.n]),
    );
    let total = raw.length ? Number(raw[0]!.total) : 0;
    if (!raw.length && offset > 0) {
      const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${base}) f`));
      total = row!.n;
    }
    const toDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
    const rows = raw.map((r) => {
      const population = Number(r.population ?? 0);
      return {
        id: String(r.id),
        slug: String(r.slug),
        status: r.status as TenantStatus,
        readOnly: r.read_only_since !== null && r.read_only_since !== undefined,
        name: String(r.name ?? r.slug),
        population,
        planKey: (r.plan_key as string | null) ?? planForPopulation(Math.max(1, population)).key,
        manualInvoicing: r.manual_invoicing === true,
        subscriptionStatus: (r.subscription_status as string | null) ?? null,
        sandboxSlug: (r.sandbox_slug as string | null) ?? null,
        residents: Number(r.residents),
        postsMonth: Number(r.posts_month),
        lastActivity: toDate(r.last_activity),
        createdAt: toDate(r.created_at)!,
      } satisfies FleetRow;
    });
    return { rows, total, byStatus };
  });
}
