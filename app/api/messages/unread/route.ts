import { withTenant } from '@/db/with-tenant';
import { withSignedInRoute } from '@/lib/api/route-context';
import { countUnreadMessages } from '@/lib/messages/conversations';

export const dynamic = 'force-dynamic';

/** The header's unread badge, refreshed without reloading the page. */
export async function GET() {
  return withSignedInRoute(async ({ tenant, user }) => {
    const count = await withTenant(tenant.id, (tx) => countUnreadMessages(tx, tenant.id, user.id));
    return Response.json({ count }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
