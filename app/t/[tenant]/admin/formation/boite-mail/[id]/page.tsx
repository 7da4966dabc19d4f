import type { Metadata } from 'next';
import { and, eq, inArray } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { DevMailboxEmail } from '@/app/_components/dev-mailbox';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { STAFF_ROLES } from '@/lib/actions/roles';
import { requireStaff } from '@/lib/auth/require-user';
import { getMailboxEmail } from '@/lib/email/mailbox';
import { getRequestMessages } from '@/lib/i18n/locale';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.training.mailboxTitle, robots: { index: false } };
}

/**
 * One email of the sandbox's mailbox. A sign-in link sent to a colleague's address opens only
 * for that colleague: practising together must not mean signing in as each other.
 */
export default async function SandboxMailboxEmailPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant } = await getSiteOrNotFound(slug);
  const user = await requireStaff(tenant.id, `/admin/formation/boite-mail/${id}`, rolesFor('training'));
  if (!tenant.sandboxOf) notFound();
  const mail = await getMailboxEmail(tenant.id, id);
  if (!mail) notFound();
  if (mail.kind === 'sign-in' && mail.toAddress.toLowerCase() !== user.email.toLowerCase()) {
    const [colleague] = await withTenant(tenant.id, (tx) =>
      tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, tenant.id), eq(users.email, mail.toAddress.toLowerCase()), inArray(users.role, [...STAFF_ROLES]))),
    );
    if (colleague) notFound();
  }
  const { m } = await getRequestMessages();
  return <DevMailboxEmail mail={mail} m={m} basePath="/admin/formation/boite-mail" title={m.training.mailboxTitle} />;
}
