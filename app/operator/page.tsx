import type { Metadata } from 'next';
import { findPlan } from '@/lib/billing/plans';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { FLEET_PAGE_SIZE, FLEET_SORTS, listFleet, type FleetQuery, type FleetSort } from '@/lib/operator/fleet';
import { requireOperator } from '@/lib/operator/operator-session';
import { OPERATOR_TRANSITIONS, type TenantStatus } from '@/lib/operator/tenant-status';
import { StatusBadge } from './_components/status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.operator.fleet.title };
}

type Search = { q?: string; statut?: string; tri?: string; ordre?: string; page?: string; supprimee?: string };
const STATUSES = Object.keys(OPERATOR_TRANSITIONS) as TenantStatus[];
const NUMERIC: ReadonlySet<FleetSort> = new Set(['residents', 'postsMonth', 'lastActivity', 'created', 'plan']);

function parseQuery(s: Search): FleetQuery {
  const sort = (FLEET_SORTS as readonly string[]).includes(s.tri ?? '') ? (s.tri as FleetSort) : 'name';
  const dir = s.ordre === 'desc' || s.ordre === 'asc' ? s.ordre : NUMERIC.has(sort) ? 'desc' : 'asc';
  const status = STATUSES.includes(s.statut as TenantStatus) ? (s.statut as TenantStatus) : undefined;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(s.page ?? '1', 10) || 1));
  return { q: s.q?.slice(0, 100), status, sort, dir, page };
}

function href(query: FleetQuery, change: Partial<FleetQuery>) {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.status) params.set('statut', next.status);
  params.set('tri', next.sort);
  params.set('ordre', next.dir);
  if (next.page > 1) params.set('page', String(next.page));
  return `/?${params}`;
}

/** O6: every council at a glance, searchable and sortable; a plain GET form, so it works without JavaScript. */
export default async function FleetPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireOperator();
  const { locale, m } = await getRequestMessages();
  const f = m.operator.fleet;
  const search = await searchParams;
  const query = parseQuery(search);
  const deleted = search.supprimee && /^[a-z0-9-]{2,40}$/.test(search.supprimee) ? search.supprimee : null;
  const { rows, total, byStatus } = await listFleet(query);
  const pages = Math.max(1, Math.ceil(total / FLEET_PAGE_SIZE));
  const dateFormat = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Paris' });
  const numberFormat = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const columns: { key: FleetSort; label: string }[] = [
    { key: 'name', label: f.columns.name },
    { key: 'status', label: f.columns.status },
    { key: 'plan', label: f.columns.plan },
    { key: 'residents', label: f.columns.residents },
    { key: 'postsMonth', label: f.columns.postsMonth },
    { key: 'lastActivity', label: f.columns.lastActivity },
    { key: 'created', label: f.columns.created },
  ];
  const sortedLabel = columns.find((c) => c.key === query.sort)!.label;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{f.title}</h1>
        <p className="mt-2 text-lg">{f.intro}</p>
      </div>
      {deleted ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-950">
          {format(m.operator.deletion.deleted, { slug: deleted })}
        </p>
      ) : null}

      <form method="get" action="/" className="flex flex-wrap items-end gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="fleet-q" className="text-lg font-semibold">
            {f.searchLabel}
          </label>
          <p id="fleet-q-hint" className="text-base text-zinc-700">
            {f.searchHint}
          </p>
          <input
            id="fleet-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            aria-describedby="fleet-q-hint"
            className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="fleet-status" className="text-lg font-semibold">
            {f.statusFilter}
          </label>
          <select id="fleet-status" name="statut" defaultValue={query.status ?? ''} className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg">
            <option value="">{f.allStatuses}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {m.operator.statuses[s]}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="tri" value={query.sort} />
        <input type="hidden" name="ordre" value={query.dir} />
        <button type="submit" className="min-h-12 rounded-lg bg-[#1E3A5F] px-6 py-2 text-lg font-bold text-white">
          {f.searchSubmit}
        </button>
      </form>

      <p className="text-lg" aria-live="polite">
        {format(f.totals, { count: numberFormat.format(total) })}
        {' · '}
        {format(m.operator.labelled, {
          label: f.totalsByStatus,
          value: STATUSES.filter((s) => byStatus[s])
            .map((s) => `${m.operator.statuses[s]} ${numberFormat.format(byStatus[s]!)}`)
            .join(', '),
        })}
      </p>

      {rows.length === 0 ? (
        <p className="text-lg">{f.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-zinc-300" tabIndex={0} role="region" aria-label={f.title}>
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">{format(f.caption, { column: sortedLabel, direction: query.dir === 'asc' ? f.ascending : f.descending })}</caption>
            <thead className="bg-zinc-100">
              <tr>
                {columns.map((c) => {
                  const active = c.key === query.sort;
                  const nextDir = active ? (query.dir === 'asc' ? 'desc' : 'asc') : NUMERIC.has(c.key) ? 'desc' : 'asc';
                  return (
                    <th key={c.key} scope="col" aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined} className="px-3 py-2">
                      <a href={href(query, { sort: c.key, dir: nextDir, page: 1 })} className="inline-flex min-h-12 items-center gap-1 font-semibold underline" aria-label={format(f.sortBy, { column: c.label })}>
                        {c.label}
                        {active ? <span aria-hidden="true">{query.dir === 'asc' ? '▲' : '▼'}</span> : null}
                      </a>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-zinc-200 align-top">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <a href={`/communes/${r.slug}`} className="text-lg font-semibold underline">
                      {r.name}
                    </a>
                    <span className="block text-zinc-700">{r.slug}</span>
                    {r.sandboxSlug ? <span className="block text-zinc-700">{format(f.sandbox, { slug: r.sandboxSlug })}</span> : null}
                  </th>
                  <td className="px-3 py-2">
                    <StatusBadge status={r.status} readOnly={r.readOnly} m={m} />
                  </td>
                  <td className="px-3 py-2">
                    {m.operator.plans[findPlan(r.planKey)?.key ?? 'village']}
                    {r.manualInvoicing ? <span className="block text-zinc-700">{m.operator.billing.manual}</span> : null}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{numberFormat.format(r.residents)}</td>
                  <td className="px-3 py-2 tabular-nums">{numberFormat.format(r.postsMonth)}</td>
                  <td className="px-3 py-2">{r.lastActivity ? dateFormat.format(r.lastActivity) : f.never}</td>
                  <td className="px-3 py-2">{dateFormat.format(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav aria-label={format(f.page, { page: query.page, pages })} className="flex flex-wrap items-center gap-4">
          {query.page > 1 ? (
            <a href={href(query, { page: query.page - 1 })} className="inline-flex min-h-12 items-center font-semibold underline">
              {f.previous}
            </a>
          ) : null}
          <span>{format(f.page, { page: query.page, pages })}</span>
          {query.page < pages ? (
            <a href={href(query, { page: query.page + 1 })} className="inline-flex min-h-12 items-center font-semibold underline">
              {f.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
