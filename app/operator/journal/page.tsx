import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';
import { AUDIT_ACTIONS, listAudit } from '@/lib/operator/audit';
import { requireOperator } from '@/lib/operator/operator-session';
import { auditFilterFrom, auditQueryString } from './filter';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.operator.audit.title };
}

/** O7: every operator action, filterable (a plain GET form) and exportable as CSV. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireOperator();
  const { locale, m } = await getRequestMessages();
  const a = m.operator.audit;
  const filter = auditFilterFrom(await searchParams);
  const rows = await listAudit(filter);
  const dateTime = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });
  const query = auditQueryString(filter);
  const input = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg';
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{a.title}</h1>
        <p className="mt-2 text-lg">{a.intro}</p>
      </div>
      <form method="get" action="/journal" className="grid gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="a-action" className="text-lg font-semibold">
            {a.action}
          </label>
          <select id="a-action" name="action" defaultValue={filter.action ?? ''} className={input}>
            <option value="">{a.allActions}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {a.actions[action]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-actor" className="text-lg font-semibold">
            {a.actor}
          </label>
          <input id="a-actor" name="auteur" defaultValue={filter.actor ?? ''} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-council" className="text-lg font-semibold">
            {a.council}
          </label>
          <input id="a-council" name="commune" defaultValue={filter.council ?? ''} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-from" className="text-lg font-semibold">
            {a.from}
          </label>
          <input id="a-from" name="du" type="date" defaultValue={filter.from ?? ''} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-to" className="text-lg font-semibold">
            {a.to}
          </label>
          <input id="a-to" name="au" type="date" defaultValue={filter.to ?? ''} className={input} />
        </div>
        <div className="flex items-end gap-4">
          <button type="submit" className="min-h-12 rounded-lg bg-[#1E3A5F] px-6 py-2 text-lg font-bold text-white">
            {a.apply}
          </button>
          <a href={`/journal/export${query ? `?${query}` : ''}`} className="inline-flex min-h-12 items-center font-semibold underline" download>
            {a.export}
          </a>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="text-lg">{a.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-zinc-300" tabIndex={0} role="region" aria-label={a.title}>
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">{a.title}</caption>
            <thead className="bg-zinc-100">
              <tr>
                <th scope="col" className="px-3 py-2">{a.columns.at}</th>
                <th scope="col" className="px-3 py-2">{a.columns.actor}</th>
                <th scope="col" className="px-3 py-2">{a.columns.action}</th>
                <th scope="col" className="px-3 py-2">{a.columns.council}</th>
                <th scope="col" className="px-3 py-2">{a.columns.details}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-zinc-200 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{dateTime.format(r.at)}</td>
                  <td className="px-3 py-2">{r.actor}</td>
                  <td className="px-3 py-2">{a.actions[r.action as keyof typeof a.actions] ?? r.action}</td>
                  <td className="px-3 py-2">{r.targetSlug ?? ''}</td>
                  <td className="max-w-md break-words px-3 py-2 font-mono text-sm">{Object.keys(r.details).length ? JSON.stringify(r.details) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
