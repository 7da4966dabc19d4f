import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { listQuartiers } from '@/lib/location/list-quartiers';
import { computeDashboard, OUTSIDE_QUARTIERS_KEY } from '@/lib/stats/dashboard';
import { parseDashboardRange } from '@/lib/stats/dashboard-range';
import { formatDuration } from '@/lib/stats/format-duration';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { BarChart } from './bar-chart';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.dashboard.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ du?: string; au?: string }> };

/** A7: the console's home — what the network did over a period, and who still waits for an answer. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const user = await requireStaff(tenant.id, '/admin', rolesFor('dashboard'));
  const { m, locale } = await getRequestMessages();
  const query = await searchParams;
  const { range, error } = parseDashboardRange({ du: typeof query.du === 'string' ? query.du : undefined, au: typeof query.au === 'string' ? query.au : undefined });
  const d = await withTenant(tenant.id, async (tx) => computeDashboard(tx, tenant.id, range, await listQuartiers(tenant.id, tx)));
  const dm = m.dashboard;
  const canFollowAssisted = (rolesFor('assisted') as readonly string[]).includes(user.role);
  const weekLabel = (iso: string) => new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  const totals: [string, string | number][] = [
    [dm.totals.residents, d.totals.residents],
    [dm.totals.newResidents, d.totals.newResidents],
    [dm.totals.helpers, d.totals.helpers],
    [dm.totals.needs, d.totals.needs],
    [dm.totals.offers, d.totals.offers],
    [dm.totals.matched, d.totals.matched],
    [dm.totals.resolved, d.totals.resolved],
    [dm.totals.medianResponse, d.totals.medianFirstResponseMinutes === null ? dm.noResponseYet : formatDuration(d.totals.medianFirstResponseMinutes, m)],
  ];
  const csvHref = `/admin/statistiques.csv?${new URLSearchParams({ du: range.from, au: range.to })}`;
  const columns = { needs: dm.colNeeds, offers: dm.colOffers };

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{dm.title}</h1>
        <p className="mt-2 text-lg">{format(dm.intro, { council: council.name })}</p>
      </div>

      <form method="get" action="/admin" className="flex flex-wrap items-end gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300" aria-labelledby="periode">
        <h2 id="periode" className="w-full text-xl font-bold">
          {dm.rangeTitle}
        </h2>
        {error ? (
          <p role="alert" className="w-full font-semibold text-red-800">
            {error === 'order' ? dm.rangeOrder : error === 'too_long' ? dm.rangeTooLong : dm.rangeInvalid}
          </p>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="du" className="text-lg font-semibold">
            {dm.from}
          </label>
          <input id="du" name="du" type="date" defaultValue={range.from} className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="au" className="text-lg font-semibold">
            {dm.to}
          </label>
          <input id="au" name="au" type="date" defaultValue={range.to} className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg" />
        </div>
        <button type="submit" className="min-h-12 rounded-lg bg-primary px-6 py-2 text-lg font-bold text-on-primary">
          {dm.apply}
        </button>
        <a href={csvHref} download className="inline-flex min-h-12 items-center text-lg font-semibold underline">
          {dm.download}
        </a>
      </form>

      <section aria-labelledby="en-bref">
        <h2 id="en-bref" className="text-2xl font-bold">
          {dm.totalsTitle}
        </h2>
        <p className="text-lg">{format(dm.periodLabel, { from: formatLongDate(range.from, locale), to: formatLongDate(range.to, locale) })}</p>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="dashboard-totals">
          {totals.map(([label, value]) => (
            <div key={label} className="flex flex-col-reverse rounded-xl bg-white p-4 ring-1 ring-zinc-300">
              <dt className="text-lg">{label}</dt>
              <dd className="text-3xl font-bold text-primary">{value}</dd>
            </div>
          ))}
        </dl>
        <details className="mt-3 text-lg">
          <summary className="cursor-pointer font-semibold underline">{dm.definitionsTitle}</summary>
          <p className="mt-2 max-w-3xl">{dm.definitions}</p>
        </details>
      </section>

      <section aria-labelledby="sans-reponse" className="flex flex-col gap-3">
        <h2 id="sans-reponse" className="text-2xl font-bold">
          {dm.unansweredTitle}
        </h2>
        <p className="text-lg">{dm.unansweredIntro}</p>
        {d.unanswered.length === 0 ? (
          <p className="text-lg font-semibold">{dm.unansweredNone}</p>
        ) : (
          <>
            <p className="text-lg font-semibold">{format(dm.unansweredCount, { n: d.unanswered.length })}</p>
            <ul className="flex flex-col gap-2" data-testid="unanswered">
              {d.unanswered.map((u) => (
                <li key={u.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-xl bg-white p-3 ring-1 ring-zinc-300">
                  <a href={`/annonces/${u.id}`} className="text-lg font-semibold underline">
                    {u.title}
                  </a>
                  <span className="text-base text-zinc-700">
                    {u.category} · {format(m.post.postedAgo, { ago: relativeTime(u.createdAt, m) })}
                  </span>
                  {u.assistedRequestId && canFollowAssisted ? (
                    <a href={`/admin/guichet/${u.assistedRequestId}`} className="text-base font-semibold underline">
                      {dm.openAssisted}
                    </a>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="graphiques" className="flex flex-col gap-6">
        <h2 id="graphiques" className="sr-only">
          {dm.chartCategory}
        </h2>
        <BarChart id="categories" title={dm.chartCategory} description={dm.chartDesc} rows={d.byCategory} labels={{ ...columns, column: dm.colCategory }} />
        {d.byQuartier.length ? (
          <BarChart
            id="quartiers"
            title={dm.chartQuartier}
            description={dm.chartDesc}
            rows={d.byQuartier.map((q) => (q.key === OUTSIDE_QUARTIERS_KEY ? { ...q, label: dm.outsideQuartiers } : q))}
            labels={{ ...columns, column: dm.colQuartier }}
          />
        ) : (
          <p className="text-lg">{dm.noQuartiers}</p>
        )}
        <BarChart
          id="semaines"
          title={dm.chartWeek}
          description={dm.chartDesc}
          rows={d.byWeek.map((w) => ({ ...w, label: weekLabel(w.key) }))}
          labels={{ ...columns, column: dm.colWeek }}
        />
      </section>
    </div>
  );
}
