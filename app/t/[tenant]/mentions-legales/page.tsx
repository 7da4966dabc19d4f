import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.legalPage.title };
}

export default async function LegalPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const rows: [string, string][] = [
    [m.legalPage.publisher, council.legal.publisher],
    [m.legalPage.address, council.legal.address],
    [m.legalPage.privacyContact, council.legal.privacyContact],
    [m.legalPage.hostedBy, council.legal.hostedBy],
  ];
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{m.legalPage.title}</h1>
      <dl className="mt-6 space-y-4 text-lg">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
