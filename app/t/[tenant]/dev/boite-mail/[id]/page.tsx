import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DevMailboxEmail } from '@/app/_components/dev-mailbox';
import { getMailboxEmail } from '@/lib/email/mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.mailbox.title, robots: { index: false } };
}

export default async function DevMailboxEmailPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { tenant: slug, id } = await params;
  const { tenant } = await getSiteOrNotFound(slug);
  const mail = await getMailboxEmail(tenant.id, id);
  if (!mail) notFound();
  const { m } = await getRequestMessages();
  return <DevMailboxEmail mail={mail} m={m} />;
}
