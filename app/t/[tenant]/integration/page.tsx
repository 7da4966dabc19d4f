import type { Metadata } from 'next';
import { CategoryIcon } from '@/app/_components/category-icon';
import { listLatestPostsNearCentre } from '@/lib/embed/latest-posts-near-centre';
import { capitalise } from '@/lib/i18n/capitalise';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { getSiteOrNotFound } from '@/lib/tenant/site';

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  return { title: { absolute: format(m.embed.pageTitle, { council: council.name }) } };
}

/**
 * The embeddable page (A11), framed by the sites the council listed (middleware sets its
 * frame-ancestors): the two entry points and the newest posts near the centre, in the
 * council's colours. Every link opens the right page of the site in a new tab, out of the
 * frame. No session is read: framed on another site, the visitor is anonymous here.
 */
export default async function EmbedPage({ params }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const posts = await listLatestPostsNearCentre(tenant.id, council.defaultRadiusKm);
  const newTab = <span className="sr-only"> {m.embed.newTab}</span>;

  return (
    <div className="flex flex-col gap-5">
      <header className="flex items-center gap-3">
        {council.hasLogo ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by the council's own /logo route
          <img src={`/logo?v=${council.logoVersion}`} alt="" width={48} height={48} className="size-12 object-contain" />
        ) : null}
        <div>
          <h1 className="text-2xl font-bold">{council.name}</h1>
          <p className="text-lg">{format(m.embed.intro, { council: council.name })}</p>
        </div>
      </header>
      <div className="grid gap-3 sm:grid-cols-2">
        <a
          href="/annonces/nouvelle?type=besoin"
          target="_blank"
          rel="noopener"
          className="flex min-h-20 flex-col justify-center rounded-2xl bg-primary px-5 py-4 text-on-primary no-underline shadow-md hover:opacity-95"
        >
          <span className="text-xl font-bold">{m.home.needHelp}</span>
          <span className="text-base">{m.home.needHelpHint}</span>
          {newTab}
        </a>
        <a
          href="/annonces/nouvelle?type=offre"
          target="_blank"
          rel="noopener"
          className="flex min-h-20 flex-col justify-center rounded-2xl bg-accent px-5 py-4 text-on-accent no-underline shadow-md hover:opacity-95"
        >
          <span className="text-xl font-bold">{m.home.offerHelp}</span>
          <span className="text-base">{m.home.offerHelpHint}</span>
          {newTab}
        </a>
      </div>
      <section aria-labelledby="dernieres">
        <h2 id="dernieres" className="text-xl font-bold">
          {m.embed.latestTitle}
        </h2>
        {posts.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {posts.map((post) => (
              <li key={post.id} className="rounded-xl bg-white p-3 ring-1 ring-zinc-300">
                <p className="flex flex-wrap items-center gap-2 text-base">
                  <span className={post.kind === 'need' ? 'rounded-full bg-primary px-2 font-semibold text-on-primary' : 'rounded-full bg-accent px-2 font-semibold text-on-accent'}>
                    {post.kind === 'need' ? m.post.need : m.post.offer}
                  </span>
                  <span className="inline-flex items-center gap-1 text-zinc-800">
                    <CategoryIcon name={post.category.icon} className="size-5" />
                    {post.category.label}
                  </span>
                </p>
                <a href={`/annonces/${post.id}`} target="_blank" rel="noopener" className="mt-1 block text-lg font-bold underline decoration-2">
                  {post.title}
                  {newTab}
                </a>
                <p className="text-base text-zinc-700">
                  {capitalise(format(m.post.fromCentre, { band: m.post.bands[post.distanceBand] }))} · {format(m.post.postedAgo, { ago: relativeTime(post.createdAt, m) })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-lg">{m.embed.noPosts}</p>
        )}
        <p className="mt-3">
          <a href="/annonces" target="_blank" rel="noopener" className="inline-flex min-h-12 items-center text-lg font-semibold underline">
            {m.embed.seeAll}
            {newTab}
          </a>
        </p>
      </section>
    </div>
  );
}
