import { unsubscribePerson } from '@/lib/notifications/unsubscribe-person';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

export const dynamic = 'force-dynamic';

/** RFC 8058 one-click unsubscribe: mail clients POST here; no sign-in, no cookie needed. */
export async function POST(req: Request) {
  const tenant = await getRequestTenant().catch(() => null);
  if (!tenant) return Response.json({ error: 'not_found' }, { status: 404 });
  const q = new URL(req.url).searchParams;
  const kind = await unsubscribePerson(tenant.id, { u: q.get('u'), k: q.get('k'), s: q.get('s') });
  if (!kind) return Response.json({ error: 'invalid' }, { status: 400 });
  return Response.json({ ok: true, kind });
}
