import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubmitButton } from '@/app/_components/submit-button';
import { withTenant } from '@/db/with-tenant';
import { getAssistedRequest } from '@/lib/assisted/assisted-requests';
import { requireStaff } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { formatDateTime } from '@/lib/i18n/format-date-time';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { countMatchingHelpers } from '@/lib/matching/notify-matching-helpers';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { closeAssistedRequestAction, renewAssistedRequestAction } from '../actions';

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ ok?: string; erreur?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.assisted.title, robots: { index: false } };
}

/**
 * One assisted request (A5): the person's private details (agents and admins only), the post
 * as published, and the neighbours' answers — a shared inbox any colleague can pick up.
 */
export default async function AssistedRequestPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, council } = await getSiteOrNotFound(slug);
  await requireStaff(tenant.id, `/admin/guichet/${id}`, rolesFor('assisted'));
  const { m, locale } = await getRequestMessages();
  const { ok, erreur } = await searchParams;
  const data = await withTenant(tenant.id, async (tx) => {
    try {
      const found = await getAssistedRequest(tx, tenant.id, id);
      const helpers = found.post.status === 'open' ? await countMatchingHelpers(tx, tenant.id, found.post.id) : null;
      return { ...found, helpers };
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return null;
      throw e;
    }
  });
  if (!data) notFound();
  const { request, post, status, conversations } = data;
  const a = m.assisted;
  const finished = status === 'done' || status === 'closed';
  const flash = { publiee: a.created, close: a.closed, terminee: a.done, prolongee: format(a.renewed, { days: council.postExpiryDays }) }[ok ?? ''];

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p>
        <a href="/admin/guichet" className="font-semibold underline">
          ← {a.title}
        </a>
      </p>
      {flash ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
          {flash}
        </p>
      ) : null}
      {erreur ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-lg font-semibold text-red-900">
          {m.errors[erreur === 'forbidden' ? 'forbidden' : erreur === 'validation' ? 'validation' : erreur === 'closed' ? 'closed' : 'internal']}
        </p>
      ) : null}
      <header>
        <h1 className="text-3xl font-bold break-words">{format(a.detailTitle, { title: post.title })}</h1>
        <p className="mt-2 text-lg">
          <span className="font-semibold">{a.colStatus} :</span> <span data-testid="assisted-status">{a.statuses[status]}</span> · {data.category}
        </p>
      </header>

      <section aria-labelledby="prive" className="flex flex-col gap-2 rounded-xl border-2 border-amber-700 bg-white p-4">
        <h2 id="prive" className="text-2xl font-bold">
          {a.privateTitle}
        </h2>
        <p className="text-base text-zinc-700">{a.privateHint}</p>
        <dl className="grid gap-x-4 gap-y-1 text-lg sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{a.nameLabel}</dt>
          <dd data-testid="requester-name">{request.requesterName}</dd>
          <dt className="font-semibold">{a.phoneLabel}</dt>
          <dd>
            <a href={`tel:${request.requesterPhone.replace(/\s/g, '')}`} className="underline">
              {request.requesterPhone}
            </a>
          </dd>
          <dt className="font-semibold">{a.addressLabel}</dt>
          <dd>{request.requesterAddress}</dd>
        </dl>
        <p className="text-base">{format(a.recordedBy, { name: data.recordedByName ?? '', date: formatDateTime(request.createdAt, locale) })}</p>
        <p className="text-base">
          {format(a.consentRecorded, { name: data.consentByName ?? '', date: formatDateTime(request.consentRecordedAt, locale), method: a.consentMethods[request.consentMethod] })}
          {request.consentNote ? ` — ${request.consentNote}` : ''}
        </p>
        {request.staffNote ? (
          <div>
            <h3 className="text-lg font-semibold">{a.staffNoteTitle}</h3>
            <p className="whitespace-pre-line text-lg">{request.staffNote}</p>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="publiee" className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="publiee" className="text-2xl font-bold">
          {a.publicTitle}
        </h2>
        <p className="whitespace-pre-line break-words text-lg">{post.description}</p>
        {post.status === 'open' || post.status === 'expired' ? <p className="text-lg">{format(a.expiresOn, { date: formatLongDate(post.expiresAt, locale) })}</p> : null}
        {data.helpers ? <p className="text-lg font-semibold">{format(a.helpersNearby, { count: data.helpers.count })}</p> : null}
        <p>
          <a href={`/annonces/${post.id}`} className="inline-flex min-h-12 items-center text-lg font-semibold underline">
            {a.seePublic}
          </a>
        </p>
      </section>

      <section aria-labelledby="reponses" className="flex flex-col gap-3">
        <h2 id="reponses" className="text-2xl font-bold">
          {a.answersTitle}
        </h2>
        {conversations.length === 0 ? (
          <p className="text-lg">{a.noAnswers}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {conversations.map((c) => {
              const name = c.former || !c.helperName ? m.conversations.formerMember : c.helperName;
              return (
                <li key={c.id} className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
                  <a href={`/admin/guichet/${request.id}/echanges/${c.id}`} className="text-lg font-semibold underline">
                    {format(a.openConversation, { name })}
                  </a>
                  <p className="text-base text-zinc-700">
                    {format(a.lastMessage, { ago: relativeTime(c.lastMessageAt, m) })}
                    {c.unread ? ` · ${format(a.unread, { n: c.unread })}` : ''}
                    {c.chosen ? ` · ${a.chosen}` : ''}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {!finished ? (
        <section aria-labelledby="clore" className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
          <h2 id="clore" className="text-2xl font-bold">
            {a.closeTitle}
          </h2>
          {(post.status === 'open' || post.status === 'expired') && !request.closedAt ? (
            <form action={renewAssistedRequestAction}>
              <input type="hidden" name="requestId" value={request.id} />
              <SubmitButton className="min-h-12 rounded-lg border-2 border-primary bg-white px-5 py-2 text-lg font-bold text-primary">
                {format(a.renew, { days: council.postExpiryDays })}
              </SubmitButton>
            </form>
          ) : null}
          <p className="text-lg">{a.closeHint}</p>
          <form action={closeAssistedRequestAction}>
            <input type="hidden" name="requestId" value={request.id} />
            <SubmitButton className="min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-5 py-2 text-lg font-semibold text-zinc-900">{a.closeButton}</SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}
