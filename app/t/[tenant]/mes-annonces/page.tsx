import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CategoryIcon } from '@/app/_components/category-icon';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { listMyPosts } from '@/lib/posts/list-my-posts';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.myPosts.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string }> };

/** The author's own posts, every status, with a link to each post page and its actions. */
export default async function MyPostsPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const user = await getCurrentUser(tenant.id);
  if (!user) redirect('/connexion?suite=%2Fmes-annonces');
  if (!isOnboarded(user)) redirect('/bienvenue?suite=%2Fmes-annonces');
  const { m, locale } = await getRequestMessages();
  const posts = await listMyPosts(tenant.id, user.id);
  const deleted = (await searchParams).ok === 'supprimee';
  return (
    <div className="flex flex-col gap-6">
      {deleted ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
          {m.myPosts.deleted}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">{m.myPosts.title}</h1>
      <div className="flex flex-wrap gap-3">
        <a href="/annonces/nouvelle?type=besoin" className="inline-flex min-h-12 items-center rounded-lg bg-primary px-5 text-lg font-bold text-on-primary no-underline">
          {m.myPosts.newNeed}
        </a>
        <a href="/annonces/nouvelle?type=offre" className="inline-flex min-h-12 items-center rounded-lg bg-accent px-5 text-lg font-bold text-on-accent no-underline">
          {m.myPosts.newOffer}
        </a>
        <a href="/mon-adresse" className="inline-flex min-h-12 items-center px-2 text-lg font-semibold underline">
          {m.myPosts.locationLink}
        </a>
      </div>
      {posts.length === 0 ? (
        <p className="text-lg">{m.myPosts.empty}</p>
      ) : (
        <ul className="divide-y divide-zinc-300 rounded-xl bg-white ring-1 ring-zinc-300">
          {posts.map((p) => (
            <li key={p.id} className="flex flex-col gap-1 p-4">
              <p className="flex flex-wrap items-center gap-2 text-base text-zinc-800">
                <span className="font-semibold">{p.kind === 'need' ? m.post.need : m.post.offer}</span>
                <span className="inline-flex items-center gap-1">
                  <CategoryIcon name={p.categoryIcon} className="size-5" />
                  {p.categoryLabel}
                </span>
              </p>
              <a href={`/annonces/${p.id}`} className="text-xl font-bold underline">
                {p.title}
              </a>
              <p className="text-base text-zinc-800">
                {m.post.statuses[p.status]}
                {p.moderation !== 'approved' ? ` · ${m.post.moderation[p.moderation]}` : ''}
                {p.status === 'open' ? ` · ${format(m.myPosts.expiresOn, { date: formatLongDate(p.expiresAt, locale) })}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
