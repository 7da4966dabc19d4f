import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DevMailboxList } from '@/app/_components/dev-mailbox';
import { listMailbox } from '@/lib/email/mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.mailbox.title, robots: { index: false } };
}

/** The council's development mailbox: its captured emails, sign-in links included. */
export default async function DevMailboxPage({ params }: { params: Promise<{ tenant: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  return <DevMailboxList mails={await listMailbox(tenant.id)} m={m} />;
}
