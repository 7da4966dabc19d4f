import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { listAssistedRequests } from '@/lib/assisted/assisted-requests';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.assisted.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ vue?: string }> };

/**
 * A5: the guichet, a shared inbox. Every agent and admin sees every assisted request with its
 * status, age and unread answers, so whoever is at the desk can follow any of them up.
 */
export default async function AssistedRequestsPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/guichet', rolesFor('assisted'));
  const { m } = await getRequestMessages();
  const tab = (await searchParams).vue === 'terminees' ? 'closed' : 'open';
  const rows = await withTenant(tenant.id, (tx) => listAssistedRequests(tx, tenant.id, tab));
  const a = m.assisted;
  const tabClass = 'inline-flex min-h-12 items-center rounded-md px-4 text-lg font-semibold underline';

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold">{a.title}</h1>
      <p className="max-w-3xl text-lg">{a.intro}</p>
      <p>
        <a href="/admin/guichet/nouvelle" className="inline-flex min-h-12 items-center rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary no-underline">
          {a.newRequest}
        </a>
      </p>
      <nav aria-label={a.title} className="flex gap-2">
        <a href="/admin/guichet" aria-current={tab === 'open' ? 'page' : undefined} className={`${tabClass} aria-[current=page]:bg-white aria-[current=page]:no-underline aria-[current=page]:ring-2 aria-[current=page]:ring-primary`}>
          {a.tabOpen}
        </a>
        <a href="/admin/guichet?vue=terminees" aria-current={tab === 'closed' ? 'page' : undefined} className={`${tabClass} aria-[current=page]:bg-white aria-[current=page]:no-underline aria-[current=page]:ring-2 aria-[current=page]:ring-primary`}>
          {a.tabClosed}
        </a>
      </nav>
      <h2 className="text-2xl font-bold">{tab === 'open' ? a.listOpenTitle : a.listClosedTitle}</h2>
      {rows.length === 0 ? (
        <p className="text-lg">{a.empty}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label={tab === 'open' ? a.listOpenTitle : a.listClosedTitle} tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-lg ring-1 ring-zinc-300" data-testid="assisted-list">
            <thead>
              <tr className="border-b-2 border-zinc-400">
                <th scope="col" className="p-3">{a.colRequest}</th>
                <th scope="col" className="p-3">{a.colPerson}</th>
                <th scope="col" className="p-3">{a.colStatus}</th>
                <th scope="col" className="p-3">{a.colAnswers}</th>
                <th scope="col" className="p-3">{a.colAge}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-zinc-200 align-top">
                  <td className="p-3">
                    <a href={`/admin/guichet/${r.id}`} className="font-semibold underline">
                      {r.title}
                    </a>
                    <span className="block text-base text-zinc-700">
                      {r.category}
                      {r.urgent ? ` · ${m.post.urgent}` : ''}
                    </span>
                  </td>
                  <td className="p-3">{r.requesterName}</td>
                  <td className="p-3">{a.statuses[r.status]}</td>
                  <td className="p-3">
                    {r.answers}
                    {r.unread ? <span className="ml-2 rounded-full bg-primary px-2 text-base font-bold text-on-primary">{format(a.unread, { n: r.unread })}</span> : null}
                  </td>
                  <td className="p-3">{relativeTime(r.createdAt, m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
