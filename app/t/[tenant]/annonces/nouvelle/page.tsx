import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getHomeSummary } from '@/lib/location/home-location';
import { todayInFrance } from '@/lib/posts/post-input';
import { canPublish } from '@/lib/tenant/directory';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { PostForm } from '../post-form';
import { homeText, loginRedirect, setHomeHref, welcomeRedirect } from '../post-form-props';

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ type?: string; lieu?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: (await searchParams).type === 'offre' ? m.postForm.newOfferTitle : m.postForm.newNeedTitle };
}

/**
 * "J'ai besoin d'aide" / "Je propose de l'aide". Signed out: sign in, then back here; not past
 * the welcome step: that first; no home yet: say where you live first (or post for another
 * address, e.g. for a parent).
 */
export default async function NewPostPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const query = await searchParams;
  const type = query.type === 'offre' ? 'offre' : 'besoin';
  const elsewhere = query.lieu === 'adresse';
  const here = `/annonces/nouvelle?type=${type}${elsewhere ? '&lieu=adresse' : ''}`;
  const user = await getCurrentUser(tenant.id);
  if (!user) redirect(loginRedirect(here));
  if (!isOnboarded(user)) redirect(welcomeRedirect(here));
  const { m } = await getRequestMessages();
  const title = type === 'offre' ? m.postForm.newOfferTitle : m.postForm.newNeedTitle;

  if (!canPublish(tenant)) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="mt-4 text-lg">{m.postForm.closedSite}</p>
      </div>
    );
  }

  const home = await getHomeSummary(tenant.id, user.id);
  if (home.kind === 'none' && !elsewhere) redirect(`${setHomeHref(here)}&avant=publier`);
  const categories = await listEnabledCategories(tenant.id);

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-lg">{m.postForm.newIntro}</p>
      <div className="mt-6">
        <PostForm
          categories={categories.map((c) => ({ key: c.key, label: c.label }))}
          initial={{
            kind: type === 'offre' ? 'offer' : 'need',
            category: '',
            title: '',
            description: '',
            when: 'flexible',
            date: '',
            weekdays: [],
            place: elsewhere || home.kind === 'none' ? 'address' : 'home',
            address: '',
            urgent: false,
          }}
          homeText={homeText(home, council.name)}
          setHomeHref={setHomeHref(here)}
          today={todayInFrance()}
          labels={m.postForm}
          weekdayLabels={m.post.weekdays}
          submitLabel={m.postForm.submitNew}
        />
      </div>
    </div>
  );
}
