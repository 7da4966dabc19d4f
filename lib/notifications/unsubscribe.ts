import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth/secret';

export const NOTIFICATION_KINDS = ['response', 'message', 'match', 'expiry', 'announcement'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One-click unsubscribe without signing in (R8): the link names the person and the kind of
 * email, signed so that it can only switch off that kind, for that person, in that council.
 */
export function unsubscribeSignature(tenantId: string, userId: string, kind: NotificationKind): string {
  return createHmac('sha256', getAuthSecret()).update(`unsubscribe:${tenantId}:${userId}:${kind}`).digest('base64url');
}

export function verifyUnsubscribe(tenantId: string, userId: string, kind: NotificationKind, signature: string): boolean {
  const expected = Buffer.from(unsubscribeSignature(tenantId, userId, kind));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function unsubscribeQuery(tenantId: string, userId: string, kind: NotificationKind) {
  return new URLSearchParams({ u: userId, k: kind, s: unsubscribeSignature(tenantId, userId, kind) }).toString();
}

/** The page with a confirmation button (mail scanners that open links must not unsubscribe). */
export function unsubscribePageUrl(origin: string, tenantId: string, userId: string, kind: NotificationKind) {
  return `${origin}/desabonnement?${unsubscribeQuery(tenantId, userId, kind)}`;
}

/** RFC 8058 headers: mail clients offer "unsubscribe" and POST to the URL directly. */
export function unsubscribeHeaders(origin: string, tenantId: string, userId: string, kind: NotificationKind): Record<string, string> {
  return {
    'List-Unsubscribe': `<${origin}/api/desabonnement?${unsubscribeQuery(tenantId, userId, kind)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
