import { CategoryIcon } from '@/app/_components/category-icon';
import { NearbyPostCard } from '@/app/_components/nearby-post-card';
import { getCurrentUser } from '@/lib/auth/session';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { DEFAULT_PAGE_SIZE, listNearbyPosts } from '@/lib/posts/list-nearby-posts';
import { getImpactCounters } from '@/lib/stats/impact-counters';
import { getSiteOrNotFound } from '@/lib/tenant/site';

/** The home page lists posts within the council's usual radius, and never less than this. */
const HOME_MIN_RADIUS_KM = 10;

export default async function CouncilHome({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { m, locale } = await getRequestMessages();
  const user = await getCurrentUser(tenant.id);
  const [categories, nearby, counters] = await Promise.all([
    listEnabledCategories(tenant.id),
    listNearbyPosts(tenant.id, user?.id ?? null, { limit: DEFAULT_PAGE_SIZE, radiusKm: Math.max(council.defaultRadiusKm, HOME_MIN_RADIUS_KM) }),
    getImpactCounters(tenant.id),
  ]);

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="bienvenue">
        <h1 id="bienvenue" className="text-3xl font-bold sm:text-4xl">
          {council.welcomeTitle}
        </h1>
        <p className="mt-3 max-w-3xl text-lg">{council.welcomeText}</p>
        <div className="mt-6 grid gap-4 sm:grid-cols-2">
          <a
            href="/annonces/nouvelle?type=besoin"
            className="flex min-h-24 flex-col justify-center rounded-2xl bg-primary px-6 py-5 text-on-primary no-underline shadow-md hover:opacity-95"
          >
            <span className="text-2xl font-bold">{m.home.needHelp}</span>
            <span className="mt-1 text-lg">{m.home.needHelpHint}</span>
          </a>
          <a
            href="/annonces/nouvelle?type=offre"
            className="flex min-h-24 flex-col justify-center rounded-2xl bg-accent px-6 py-5 text-on-accent no-underline shadow-md hover:opacity-95"
          >
            <span className="text-2xl font-bold">{m.home.offerHelp}</span>
            <span className="mt-1 text-lg">{m.home.offerHelpHint}</span>
          </a>
        </div>
      </section>

      <section aria-labelledby="impact">
        <h2 id="impact" className="sr-only">
          {m.impact.title}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3" data-testid="impact-counters">
          {[
            counters.helpers === 1 ? m.impact.helpersOne : format(m.impact.helpers, { count: counters.helpers, residents: council.residentsLabel }),
            counters.needsAnswered === 1 ? m.impact.answeredOne : format(m.impact.answered, { count: counters.needsAnswered }),
            counters.thisMonth === 1 ? m.impact.thisMonthOne : format(m.impact.thisMonth, { count: counters.thisMonth }),
          ].map((text) => {
            const [count, ...rest] = text.split(' ');
            return (
              <li key={text} className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
                <span className="block text-3xl font-bold text-primary">{count}</span>
                <span className="block text-lg">{rest.join(' ')}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="proches">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="proches" className="text-2xl font-bold">
            {nearby.from === 'home' ? m.search.nearTitle : m.search.nearTitleCentre}
          </h2>
          <a href="/annonces" className="inline-flex min-h-12 items-center text-lg font-semibold underline">
            {m.search.seeAll}
          </a>
        </div>
        {nearby.posts.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {nearby.posts.map((post) => (
              <li key={post.id}>
                <NearbyPostCard post={post} from={nearby.from} m={m} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-lg">{m.home.noPosts}</p>
        )}
      </section>

      <section aria-labelledby="categories">
        <h2 id="categories" className="text-2xl font-bold">
          {m.home.categoriesTitle}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {categories.map((c) => (
            <li key={c.id} className="flex items-start gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
              <span className="rounded-lg bg-primary p-2 text-on-primary">
                <CategoryIcon name={c.icon} />
              </span>
              <span>
                <span className="block text-lg font-semibold">{c.label}</span>
                {c.description ? <span className="block text-base text-zinc-700">{c.description}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
