import { CategoryIcon } from '@/app/_components/category-icon';
import { PostCard } from '@/app/_components/post-card';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { listLatestOpenPosts } from '@/lib/posts/list-latest-posts';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export default async function CouncilHome({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const [categories, posts] = await Promise.all([listEnabledCategories(tenant.id), listLatestOpenPosts(tenant.id)]);

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

      <section aria-labelledby="dernieres">
        <h2 id="dernieres" className="text-2xl font-bold">
          {m.home.latestTitle}
        </h2>
        {posts.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {posts.map((post) => (
              <li key={post.id}>
                <PostCard post={post} m={m} />
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
