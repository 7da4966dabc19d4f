import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { getAuthSecret } from '@/lib/auth/secret';

/**
 * The one-click renew link in the reminder email works signed out, so it is a bearer token.
 * What a leaked link can do is bounded by what it signs: renew that one post, of that council,
 * once (it names the expiry date it was issued for, and renewing moves that date), and only
 * until a week after that expiry. It shows nothing about the author.
 */
export const RENEW_LINK_GRACE_MS = 7 * 86_400_000;

const payloadSchema = z.object({
  t: z.uuid(),
  p: z.uuid(),
  e: z.number().int(),
  v: z.number().int(),
});
export type RenewTokenPayload = { tenantId: string; postId: string; expiresAt: Date; validUntil: Date };

function sign(body: string) {
  const key = createHmac('sha256', getAuthSecret()).update('coupdemain:post-renew-token:v1').digest();
  return createHmac('sha256', key).update(body).digest('base64url');
}

export function createRenewToken(post: { tenantId: string; id: string; expiresAt: Date }): string {
  const body = Buffer.from(
    JSON.stringify({ t: post.tenantId, p: post.id, e: post.expiresAt.getTime(), v: post.expiresAt.getTime() + RENEW_LINK_GRACE_MS }),
  ).toString('base64url');
  return `${body}.${sign(body)}`;
}

/** The token's claims when its signature is good and it has not run out; null otherwise. */
export function readRenewToken(token: unknown, now = new Date()): RenewTokenPayload | null {
  if (typeof token !== 'string' || token.length > 600) return null;
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: z.infer<typeof payloadSchema>;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    claims = parsed.data;
  } catch {
    return null;
  }
  if (claims.v <= now.getTime()) return null;
  return { tenantId: claims.t, postId: claims.p, expiresAt: new Date(claims.e), validUntil: new Date(claims.v) };
}
