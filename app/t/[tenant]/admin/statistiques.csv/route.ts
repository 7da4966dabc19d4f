import { withTenant } from '@/db/with-tenant';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { getRequestMessages } from '@/lib/i18n/locale';
import { listQuartiers } from '@/lib/location/list-quartiers';
import { computeDashboard } from '@/lib/stats/dashboard';
import { dashboardCsv } from '@/lib/stats/dashboard-csv';
import { parseDashboardRange } from '@/lib/stats/dashboard-range';
import { rolesFor } from '@/lib/staff/console-sections';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

/**
 * A7: the dashboard's aggregates as a CSV download. A route handler is not under the console's
 * layout, so it checks the staff role itself; anyone else gets the same 404 as for a page that
 * does not exist.
 */
export async function GET(request: Request) {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
  const tenant = await getRequestTenant().catch(() => null);
  if (!tenant) return notFound();
  const user = await getCurrentUser(tenant.id);
  if (!user || !isOnboarded(user) || !(rolesFor('dashboard') as readonly string[]).includes(user.role)) return notFound();
  const { m } = await getRequestMessages();
  const params = new URL(request.url).searchParams;
  const { range } = parseDashboardRange({ du: params.get('du') ?? undefined, au: params.get('au') ?? undefined });
  const dashboard = await withTenant(tenant.id, async (tx) => computeDashboard(tx, tenant.id, range, await listQuartiers(tenant.id, tx)));
  const name = `${m.dashboard.fileName}-${tenant.slug}-${range.from}-${range.to}.csv`;
  return new Response(dashboardCsv(dashboard, m), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}
