import { getRequestMessages } from '@/lib/i18n/locale';

export default async function NotFound() {
  const { m } = await getRequestMessages();
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-3xl font-bold">{m.notFound.title}</h1>
      <p className="mt-4 text-lg">{m.notFound.text}</p>
      <p className="mt-6">
        <a className="text-lg font-semibold underline" href="/">
          {m.notFound.backHome}
        </a>
      </p>
    </main>
  );
}
