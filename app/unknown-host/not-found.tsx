import { getRequestMessages } from '@/lib/i18n/locale';

export default async function UnknownHost() {
  const { m } = await getRequestMessages();
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <p className="text-lg font-semibold text-zinc-600">{m.meta.productName}</p>
      <h1 className="mt-2 text-3xl font-bold">{m.unknownHost.title}</h1>
      <p className="mt-4 text-lg">{m.unknownHost.text}</p>
    </main>
  );
}
