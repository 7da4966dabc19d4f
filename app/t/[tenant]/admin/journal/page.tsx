import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { actionLabel, auditFilterFrom, auditFilterOptions, auditQueryString, describeDetails, listAuditEntries, targetLabel } from '@/lib/staff/audit-log';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.auditLog.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const field = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900';
const linkButton = 'inline-flex min-h-12 items-center rounded-lg px-5 text-lg font-bold';

/**
 * A9: every staff action of this council, newest first; filters are a plain GET form (works
 * without JavaScript, and the address can be shared), the CSV export takes the same filters.
 */
export default async function AuditLogPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/journal', rolesFor('audit'));
  const { m, locale } = await getRequestMessages();
  const t = m.auditLog;
  const query = await searchParams;
  const filter = auditFilterFrom(query);
  const pageParam = Number(Array.isArray(query.page) ? query.page[0] : query.page);
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const [{ rows, total, pages }, options] = await withTenant(tenant.id, async (tx) => [await listAuditEntries(tx, tenant.id, filter, page), await auditFilterOptions(tx, tenant.id)] as const);
  const current = Math.min(page, pages);
  const dateTime = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });
  const filtersQuery = auditQueryString(filter);
  const pageHref = (p: number) => {
    const qs = auditQueryString(filter, p);
    return `/admin/journal${qs ? `?${qs}` : ''}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
      </header>

      <form method="get" action="/admin/journal" className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-xl font-bold">{t.filtersLegend}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="journal-qui" className="text-lg font-semibold">
              {t.person}
            </label>
            <select id="journal-qui" name="qui" defaultValue={filter.actorId ?? ''} className={field}>
              <option value="">{t.everyone}</option>
              {options.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name ? `${a.name} (${a.email})` : a.email}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="journal-action" className="text-lg font-semibold">
              {t.action}
            </label>
            <select id="journal-action" name="action" defaultValue={filter.action ?? ''} className={field}>
              <option value="">{t.allActions}</option>
              {options.actions.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a, m)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="journal-du" className="text-lg font-semibold">
              {t.from}
            </label>
            <input id="journal-du" name="du" type="date" defaultValue={filter.from ?? ''} className={field} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="journal-au" className="text-lg font-semibold">
              {t.to}
            </label>
            <input id="journal-au" name="au" type="date" defaultValue={filter.to ?? ''} className={field} />
          </div>
          <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
            <button type="submit" className={`${linkButton} bg-primary text-on-primary`}>
              {t.filter}
            </button>
            <a href="/admin/journal" className="inline-flex min-h-12 items-center text-lg font-semibold underline">
              {t.reset}
            </a>
            <a href={`/admin/journal/export${filtersQuery ? `?${filtersQuery}` : ''}`} className="inline-flex min-h-12 items-center text-lg font-semibold underline" download>
              {t.export}
            </a>
          </div>
        </fieldset>
      </form>

      {rows.length === 0 ? (
        <p className="text-lg" data-testid="audit-empty">
          {t.empty}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-zinc-300" tabIndex={0} role="region" aria-labelledby="journal-caption">
          <table className="w-full border-collapse text-left text-base">
            <caption id="journal-caption" className="px-3 py-2 text-left text-lg font-bold">
              {format(t.caption, { n: total })}
            </caption>
            <thead className="bg-zinc-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t.colWhen}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.colWho}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.colWhat}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.colTarget}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.colDetails}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-zinc-200 align-top" data-testid="audit-row" data-action={r.action}>
                  <td className="whitespace-nowrap px-3 py-2">{dateTime.format(r.createdAt)}</td>
                  <td className="px-3 py-2 break-words">{r.actorName ?? r.actorEmail}</td>
                  <td className="px-3 py-2">{actionLabel(r.action, m)}</td>
                  <td className="px-3 py-2">
                    {targetLabel(r.targetType, m)}
                    {r.targetId ? <span className="block font-mono text-sm text-zinc-700">{r.targetId.slice(0, 8)}</span> : null}
                  </td>
                  <td className="max-w-md px-3 py-2 text-sm break-words">{describeDetails(r.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav aria-label={format(t.page, { page: current, pages })} className="flex flex-wrap items-center gap-4 text-lg">
          {current > 1 ? (
            <a href={pageHref(current - 1)} className="inline-flex min-h-12 items-center font-semibold underline">
              {t.previous}
            </a>
          ) : null}
          <span>{format(t.page, { page: current, pages })}</span>
          {current < pages ? (
            <a href={pageHref(current + 1)} className="inline-flex min-h-12 items-center font-semibold underline">
              {t.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
