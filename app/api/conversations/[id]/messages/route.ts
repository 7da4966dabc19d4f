import { withTenant } from '@/db/with-tenant';
import { withSignedInRoute } from '@/lib/api/route-context';
import { getConversation, listMessages, markConversationRead } from '@/lib/messages/conversations';

export const dynamic = 'force-dynamic';

/** New messages of a conversation since `after` (polled by the open conversation page). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const after = new URL(req.url).searchParams.get('after');
  const since = after && !Number.isNaN(Date.parse(after)) ? new Date(after) : undefined;
  return withSignedInRoute(async ({ tenant, user }) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return Response.json({ error: 'not_found' }, { status: 404 });
    const data = await withTenant(tenant.id, async (tx) => {
      const messages = await listMessages(tx, tenant.id, user.id, id, since);
      if (messages.some((m) => !m.mine)) await markConversationRead(tx, tenant.id, user.id, id);
      const view = await getConversation(tx, tenant.id, user.id, id);
      return { messages, state: { chosen: view.chosen, done: view.done, postStatus: view.postStatus, addressShared: !!view.addressSharedAt } };
    });
    return Response.json(data, { headers: { 'Cache-Control': 'no-store' } });
  });
}
