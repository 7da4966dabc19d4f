import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getHomeSummary } from '@/lib/location/home-location';
import { getOwnPostForEdit } from '@/lib/posts/get-post';
import { todayInFrance } from '@/lib/posts/post-input';
import { canPublish } from '@/lib/tenant/directory';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { PostForm } from '../../post-form';
import { homeText, loginRedirect, setHomeHref, welcomeRedirect } from '../../post-form-props';

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.postForm.editTitle };
}

/** The author edits their own post; anyone else, on any council, gets a 404. */
export default async function EditPostPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, council } = await getSiteOrNotFound(slug);
  const here = `/annonces/${encodeURIComponent(id)}/modifier`;
  const user = await getCurrentUser(tenant.id);
  if (!user) redirect(loginRedirect(here));
  if (!isOnboarded(user)) redirect(welcomeRedirect(here));
  const post = await getOwnPostForEdit(tenant.id, user.id, id);
  if (!post) notFound();
  const { m } = await getRequestMessages();
  if (post.status === 'resolved' || !canPublish(tenant)) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">{m.postForm.editTitle}</h1>
        <p className="mt-4 text-lg">{canPublish(tenant) ? m.post.cannotEditResolved : m.postForm.closedSite}</p>
      </div>
    );
  }
  const [home, categories] = await Promise.all([getHomeSummary(tenant.id, user.id), listEnabledCategories(tenant.id)]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{m.postForm.editTitle}</h1>
      <div className="mt-6">
        <PostForm
          postId={post.id}
          categories={categories.map((c) => ({ key: c.key, label: c.label }))}
          initial={{
            kind: post.kind,
            category: post.categoryKey,
            title: post.title,
            description: post.description,
            when: post.whenKind,
            date: post.whenDate ?? '',
            weekdays: post.whenWeekdays ?? [],
            place: post.placeKind === 'address' ? 'address' : 'home',
            address: post.placeLabel ?? '',
            urgent: post.urgency === 'urgent',
          }}
          homeText={homeText(home, council.name)}
          setHomeHref={setHomeHref(here)}
          today={todayInFrance()}
          labels={m.postForm}
          weekdayLabels={m.post.weekdays}
          submitLabel={m.postForm.submitEdit}
        />
      </div>
    </div>
  );
}
