import { and, eq, isNull, sql } from 'drizzle-orm';
import { emails } from '@/db/schema/emails';
import { pendingNotifications } from '@/db/schema/notifications';
import { tenants } from '@/db/schema/tenants';
import { withAdmin } from '@/db/with-tenant';

/**
 * The only cross-council reads of the job scheduler (admin connection): they find which
 * councils and people have work waiting. The work itself always runs inside withTenant.
 */
export async function listStaleQueuedEmails(limit = 500) {
  return withAdmin((tx) =>
    tx
      .select({ tenantId: emails.tenantId, id: emails.id })
      .from(emails)
      .where(and(eq(emails.status, 'queued'), sql`${emails.createdAt} < now() - interval '1 minute'`))
      .limit(limit),
  );
}

export async function listPendingDigests() {
  return withAdmin((tx) =>
    tx
      .selectDistinct({ tenantId: pendingNotifications.tenantId, userId: pendingNotifications.userId })
      .from(pendingNotifications)
      .where(isNull(pendingNotifications.digestedAt)),
  );
}

export async function listTenantIds(): Promise<string[]> {
  return (await withAdmin((tx) => tx.select({ id: tenants.id }).from(tenants))).map((t) => t.id);
}
