import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DevMailboxList } from '@/app/_components/dev-mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { listOperatorMailbox } from '@/lib/operator/operator-email';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.mailbox.title, robots: { index: false } };
}

/** The operator host's development mailbox: operator emails only (councils have their own). */
export default async function OperatorDevMailboxPage() {
  if (!isDevMailboxEnabled()) notFound();
  const { m } = await getRequestMessages();
  return <DevMailboxList mails={await listOperatorMailbox()} m={m} />;
}
