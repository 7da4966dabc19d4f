import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.charterPage.title };
}

export default async function CharterPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{m.charterPage.title}</h1>
      <ol className="mt-6 ml-6 list-decimal space-y-3 text-lg">
        {council.charter.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ol>
    </div>
  );
}
