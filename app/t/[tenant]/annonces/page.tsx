import type { Metadata } from 'next';
import { NearbyPostCard } from '@/app/_components/nearby-post-card';
import { getCurrentUser } from '@/lib/auth/session';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { listNearbyPosts } from '@/lib/posts/list-nearby-posts';
import { MAX_PAGE, parseSearchParams, RADIUS_OPTIONS_KM, SEARCH_PAGE_SIZE, searchUrl } from '@/lib/posts/search-params';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.search.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const selectClass = 'min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900';

/** R5 list: a plain GET form, so filters live in the URL and it works without JavaScript. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { m, locale } = await getRequestMessages();
  const user = await getCurrentUser(tenant.id);
  const search = parseSearchParams(await searchParams, council.defaultRadiusKm);
  const [categories, result] = await Promise.all([
    listEnabledCategories(tenant.id),
    listNearbyPosts(tenant.id, user?.id ?? null, {
      kind: search.type === 'besoin' ? 'need' : search.type === 'offre' ? 'offer' : undefined,
      categoryKey: search.categorie ?? undefined,
      radiusKm: search.rayon,
      text: search.q || undefined,
      limit: SEARCH_PAGE_SIZE,
      offset: (search.page - 1) * SEARCH_PAGE_SIZE,
    }),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{m.search.title}</h1>
        <p className="mt-2 text-lg">{m.search.intro}</p>
        <p className="mt-1 text-lg">
          {result.from === 'home' ? m.search.fromHome : format(m.search.fromCentre, { council: council.name })}{' '}
          {user && result.from === 'centre' ? (
            <a href={`/mon-adresse?suite=${encodeURIComponent(searchUrl('/annonces', search))}`} className="font-semibold underline">
              {m.search.setHome}
            </a>
          ) : null}
        </p>
      </div>

      <form method="get" action="/annonces" role="search" aria-label={m.search.filters} className="grid gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-type" className="text-lg font-semibold">
            {m.search.kindLabel}
          </label>
          <select id="filtre-type" name="type" defaultValue={search.type ?? ''} className={selectClass}>
            <option value="">{m.search.kindAll}</option>
            <option value="besoin">{m.search.kindNeed}</option>
            <option value="offre">{m.search.kindOffer}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-categorie" className="text-lg font-semibold">
            {m.search.categoryLabel}
          </label>
          <select id="filtre-categorie" name="categorie" defaultValue={search.categorie ?? ''} className={selectClass}>
            <option value="">{m.search.categoryAll}</option>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-rayon" className="text-lg font-semibold">
            {m.search.radiusLabel}
          </label>
          <select id="filtre-rayon" name="rayon" defaultValue={String(search.rayon)} className={selectClass}>
            {RADIUS_OPTIONS_KM.map((km) => (
              <option key={km} value={km}>
                {format(m.search.radiusOption, { km })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-q" className="text-lg font-semibold">
            {m.search.textLabel}
          </label>
          <input
            id="filtre-q"
            name="q"
            type="search"
            defaultValue={search.q}
            maxLength={100}
            aria-describedby="filtre-q-hint"
            className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900"
          />
          <p id="filtre-q-hint" className="text-base text-zinc-700">
            {m.search.textHint}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="min-h-12 rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary shadow-sm hover:opacity-90">
            {m.search.submit}
          </button>
          <a href="/annonces" className="inline-flex min-h-12 items-center text-lg underline">
            {m.search.reset}
          </a>
          <a href={searchUrl('/annonces/carte', search, { page: 1 })} className="inline-flex min-h-12 items-center text-lg font-semibold underline">
            {m.search.mapLink}
          </a>
        </div>
      </form>

      <section aria-labelledby="resultats">
        <h2 id="resultats" className="text-xl font-semibold">
          {result.posts.length ? format(m.search.results, { count: result.posts.length }) : m.search.noResults}
        </h2>
        {result.posts.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.posts.map((post) => (
              <li key={post.id}>
                <NearbyPostCard post={post} from={result.from} m={m} locale={locale} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {search.page > 1 || result.hasMore ? (
        <nav aria-label={m.search.pagination} className="flex flex-wrap items-center gap-4 text-lg">
          {search.page > 1 ? (
            <a href={searchUrl('/annonces', search, { page: search.page - 1 })} rel="prev" className="inline-flex min-h-12 items-center font-semibold underline">
              {m.search.previous}
            </a>
          ) : null}
          <span aria-current="page">{format(m.search.page, { page: search.page })}</span>
          {result.hasMore && search.page < MAX_PAGE ? (
            <a href={searchUrl('/annonces', search, { page: search.page + 1 })} rel="next" className="inline-flex min-h-12 items-center font-semibold underline">
              {m.search.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
