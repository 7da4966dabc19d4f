import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.privacyPage.title };
}

/** X5: the council is the controller; what is kept, for how long, and the person's rights. */
export default async function PrivacyPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 text-lg">
      <h1 className="text-3xl font-bold">{m.privacyPage.title}</h1>
      <p>{format(m.privacyPage.controller, { council: council.name })}</p>
      <p>{m.privacyPage.what}</p>
      <p>{m.privacyPage.noTrackers}</p>
      <h2 className="text-2xl font-bold">{m.privacyPage.retentionTitle}</h2>
      <ul className="ml-6 list-disc space-y-2">
        <li>{format(m.privacyPage.retentionPosts, { months: council.retentionMonths })}</li>
        <li>{m.privacyPage.retentionEmails}</li>
        <li>{m.privacyPage.retentionAccount}</li>
      </ul>
      <h2 className="text-2xl font-bold">{m.privacyPage.rightsTitle}</h2>
      <p>{format(m.privacyPage.rights, { contact: council.legal.privacyContact })}</p>
    </div>
  );
}
