import { withTenant } from '@/db/with-tenant';
import { setNotificationMode } from './preferences';
import { NOTIFICATION_KINDS, verifyUnsubscribe, type NotificationKind } from './unsubscribe';

export type UnsubscribeRequest = { u: string | null; k: string | null; s: string | null };

export function parseUnsubscribe(q: UnsubscribeRequest, tenantId: string): { userId: string; kind: NotificationKind } | null {
  const kind = NOTIFICATION_KINDS.find((k) => k === q.k);
  if (!q.u || !kind || !q.s || !/^[0-9a-f-]{36}$/i.test(q.u)) return null;
  return verifyUnsubscribe(tenantId, q.u, kind, q.s) ? { userId: q.u, kind } : null;
}

/** Switches one kind of email off for one person of one council; the signature proves the link. */
export async function unsubscribePerson(tenantId: string, q: UnsubscribeRequest): Promise<NotificationKind | null> {
  const parsed = parseUnsubscribe(q, tenantId);
  if (!parsed) return null;
  await withTenant(tenantId, (tx) => setNotificationMode(tx, tenantId, parsed.userId, parsed.kind, 'off'));
  return parsed.kind;
}
