import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DevMailboxEmail } from '@/app/_components/dev-mailbox';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getOperatorMailboxEmail } from '@/lib/operator/operator-email';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.mailbox.title, robots: { index: false } };
}

export default async function OperatorDevMailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const mail = await getOperatorMailboxEmail((await params).id);
  if (!mail) notFound();
  const { m } = await getRequestMessages();
  return <DevMailboxEmail mail={mail} m={m} />;
}
