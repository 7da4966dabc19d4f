import { withTenant } from '@/db/with-tenant';
import { exportMyData } from '@/lib/account/export-my-data';
import { withSignedInRoute } from '@/lib/api/route-context';

export const dynamic = 'force-dynamic';

/** R10: everything about me in this council, as a JSON download. */
export async function GET() {
  return withSignedInRoute(async ({ tenant, user }) => {
    const data = await withTenant(tenant.id, (tx) => exportMyData(tx, tenant.id, user.id));
    const date = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="mes-donnees-${tenant.slug}-${date}.json"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
