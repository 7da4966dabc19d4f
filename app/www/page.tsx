import { getRequestMessages } from '@/lib/i18n/locale';
import { getEnv } from '@/lib/env';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { listOpenCouncils } from '@/lib/tenant/list-public-councils';

/** The root host: what Coup de main is, and the networks open on this installation. */
export default async function ProductPage() {
  const { m } = await getRequestMessages();
  const origin = new URL(await getRequestOrigin());
  const root = getEnv().ROOT_DOMAIN;
  const siteUrl = (slug: string) => `${origin.protocol}//${slug}.${root}${origin.port ? `:${origin.port}` : ''}/`;
  const councils = await listOpenCouncils();
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <h1 className="text-4xl font-bold">{m.landing.title}</h1>
      <p className="mt-4 text-2xl">{m.landing.lead}</p>
      <p className="mt-4 text-lg">{m.landing.body}</p>
      {councils.length ? (
        <section aria-labelledby="reseaux" className="mt-10">
          <h2 id="reseaux" className="text-2xl font-bold">
            {m.landing.councilsTitle}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {councils.map(({ tenant, council }) => (
              <li key={tenant.id}>
                <a
                  href={siteUrl(tenant.slug)}
                  className="flex min-h-16 items-center rounded-xl px-5 py-3 text-xl font-semibold no-underline"
                  style={{ backgroundColor: council.theme.primary, color: council.theme.onPrimary }}
                >
                  {council.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
