import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DevMailboxList } from '@/app/_components/dev-mailbox';
import { requireStaff } from '@/lib/auth/require-user';
import { listMailbox } from '@/lib/email/mailbox';
import { getRequestMessages } from '@/lib/i18n/locale';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.training.mailboxTitle, robots: { index: false } };
}

/**
 * A8: the training sandbox's mailbox, inside its console. Every email of a sandbox is captured
 * (lib/email/deliver-email.ts), whatever the configuration; a real council has no such page.
 */
export default async function SandboxMailboxPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/formation/boite-mail', rolesFor('training'));
  if (!tenant.sandboxOf) notFound();
  const { m } = await getRequestMessages();
  return <DevMailboxList mails={await listMailbox(tenant.id)} m={m} basePath="/admin/formation/boite-mail" title={m.training.mailboxTitle} warning={m.training.mailboxWarning} />;
}
