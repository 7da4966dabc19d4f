import type { Metadata } from 'next';
import { getCurrentUser } from '@/lib/auth/session';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getMapData, MAP_POST_LIMIT } from '@/lib/map/get-map-data';
import { getMapEngineConfig, mapTheme } from '@/lib/map/map-config';
import { mapFiltersQuery, parseMapFilters } from '@/lib/map/map-filters';
import { PostMap } from '@/lib/map/post-map';
import { postMapLabels } from '@/lib/map/post-map-labels';
import { getSiteOrNotFound } from '@/lib/tenant/site';

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.map.title };
}

const POSTS_PATH = '/annonces';

export default async function PostMapPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const [user, categories] = await Promise.all([getCurrentUser(tenant.id), listEnabledCategories(tenant.id)]);
  const filters = parseMapFilters(await searchParams, categories.map((c) => c.key));
  const data = await getMapData(tenant.id, user?.id ?? null, filters);
  const query = mapFiltersQuery(filters);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{m.map.title}</h1>
        <p className="mt-2 max-w-3xl text-lg">{m.map.intro}</p>
        <p className="mt-3">
          <a href={`${POSTS_PATH}${query}`} className="inline-flex min-h-12 items-center text-lg font-semibold underline decoration-2">
            {m.map.listLink}
          </a>
        </p>
      </div>

      <form method="get" action="/annonces/carte" aria-labelledby="filtres-carte" className="flex flex-wrap items-end gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="filtres-carte" className="sr-only">
          {m.map.filtersTitle}
        </h2>
        <div className="flex w-full min-w-0 flex-col gap-1 sm:w-auto">
          <label htmlFor="carte-type" className="text-lg font-semibold">
            {m.map.kindLabel}
          </label>
          <select id="carte-type" name="type" defaultValue={filters.kind === 'need' ? 'besoin' : filters.kind === 'offer' ? 'offre' : ''} className="min-h-12 w-full max-w-full rounded-md border-2 border-zinc-500 bg-white px-3 text-lg sm:w-auto">
            <option value="">{m.map.kindAll}</option>
            <option value="besoin">{m.map.kindNeed}</option>
            <option value="offre">{m.map.kindOffer}</option>
          </select>
        </div>
        <div className="flex w-full min-w-0 flex-col gap-1 sm:w-auto">
          <label htmlFor="carte-categorie" className="text-lg font-semibold">
            {m.map.categoryLabel}
          </label>
          <select id="carte-categorie" name="categorie" defaultValue={filters.categoryKey ?? ''} className="min-h-12 w-full max-w-full rounded-md border-2 border-zinc-500 bg-white px-3 text-lg sm:w-auto">
            <option value="">{m.map.categoryAll}</option>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-12 rounded-md bg-primary px-5 text-lg font-semibold text-on-primary">
          {m.map.apply}
        </button>
      </form>

      <PostMap data={data} config={getMapEngineConfig()} theme={mapTheme(council.theme)} labels={postMapLabels(m, council.name)} postPath={POSTS_PATH} />
      <p className="text-base text-zinc-700">{format(m.map.boundaryLegend, { council: council.name })}</p>
      {data.truncated ? <p className="text-lg">{format(m.map.truncated, { n: MAP_POST_LIMIT })}</p> : null}

      <section aria-labelledby="liste-carte">
        <h2 id="liste-carte" className="text-2xl font-bold">
          {format(m.map.listTitle, { n: data.posts.length })}
        </h2>
        <p className="mt-1 text-base text-zinc-700">{m.map.listHint}</p>
        {data.posts.length ? (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="map-post-list">
            {data.posts.map((p) => (
              <li key={p.id} className="rounded-lg bg-white p-3 ring-1 ring-zinc-300">
                <a href={`${POSTS_PATH}/${p.id}`} className="text-lg font-semibold">
                  {p.title}
                </a>
                <p className="text-base text-zinc-800">
                  {p.kind === 'need' ? m.home.need : m.home.offer}
                  {p.urgent ? ` · ${m.home.urgent}` : ''} · {p.categoryLabel} · {m.map.bands[p.distanceBand]}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-lg">{m.map.empty}</p>
        )}
      </section>
    </div>
  );
}
