import type { NextRequest } from 'next/server';
import { withTenant } from '@/db/with-tenant';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { getRequestMessages } from '@/lib/i18n/locale';
import { recordStaffAction } from '@/lib/staff/audit';
import { auditCsv, auditFilterFrom } from '@/lib/staff/audit-log';
import { rolesFor } from '@/lib/staff/console-sections';
import { isTenantClosed } from '@/lib/tenant/directory';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

export const dynamic = 'force-dynamic';

/**
 * A9: the council's audit log with the page's filters, as CSV (formula cells defused). Only the
 * council's admins; anyone else gets the same 404 as for a page that does not exist. The export
 * itself is a line of the log, written in the same transaction as the reading.
 */
export async function GET(req: NextRequest) {
  const tenant = await getRequestTenant().catch(() => null);
  if (!tenant || isTenantClosed(tenant)) return new Response('Not found', { status: 404 });
  const user = await getCurrentUser(tenant.id);
  if (!user || !isOnboarded(user) || !rolesFor('audit').includes(user.role)) return new Response('Not found', { status: 404 });
  const { m } = await getRequestMessages();
  const filter = auditFilterFrom(Object.fromEntries(req.nextUrl.searchParams));
  const { csv } = await withTenant(tenant.id, async (tx) => {
    const result = await auditCsv(tx, tenant.id, filter, m);
    await recordStaffAction(tx, tenant.id, user.id, { action: 'audit.export', targetType: 'audit', details: { rows: result.rows, ...filter } });
    return result;
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="journal-${tenant.slug}-${stamp}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
