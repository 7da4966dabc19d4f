import { getRequestMessages } from '@/lib/i18n/locale';

/** A renew link that is not (or no longer) valid here: a 404, explained in plain words. */
export default async function RenewLinkNotFound() {
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{m.renew.title}</h1>
      <p className="mt-4 text-lg">{m.renew.invalid}</p>
      <p className="mt-4">
        <a href="/mes-annonces" className="inline-flex min-h-12 items-center text-lg font-semibold underline">
          {m.search.navMine}
        </a>
      </p>
    </div>
  );
}
