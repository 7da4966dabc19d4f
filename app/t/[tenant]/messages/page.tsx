import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireResident } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { listMyConversations } from '@/lib/messages/conversations';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.conversations.title, robots: { index: false } };
}

export default async function ConversationsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const user = await requireResident(tenant.id, '/messages');
  const { m } = await getRequestMessages();
  const conversations = await withTenant(tenant.id, (tx) => listMyConversations(tx, tenant.id, user.id));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{m.conversations.title}</h1>
      <p className="mt-2 text-lg">{m.conversations.intro}</p>
      {conversations.length === 0 ? (
        <p className="mt-6 text-lg">{m.conversations.empty}</p>
      ) : (
        <ul className="mt-6 divide-y divide-zinc-300 rounded-xl bg-white ring-1 ring-zinc-300">
          {conversations.map((c) => (
            <li key={c.id}>
              <a href={`/messages/${c.id}`} className="flex flex-col gap-1 p-4 no-underline hover:bg-zinc-50 sm:flex-row sm:items-center sm:justify-between">
                <span>
                  <span className="block text-lg font-semibold underline">{c.postTitle}</span>
                  <span className="block text-base text-zinc-700">
                    {format(m.conversations.with, { name: c.other.former || !c.other.name ? m.conversations.formerMember : c.other.name })} ·{' '}
                    {relativeTime(c.lastMessageAt, m)}
                  </span>
                </span>
                {c.unread > 0 ? (
                  <span className="self-start rounded-full bg-primary px-3 py-1 font-bold text-on-primary sm:self-center">
                    {format(m.conversations.unread, { n: c.unread })}
                  </span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
