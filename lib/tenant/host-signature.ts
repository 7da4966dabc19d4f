import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth/secret';

/**
 * Next re-fetches a server action's redirect target from itself, addressed to its own hostname
 * but carrying the original request's headers. middleware.ts signs the host it resolved, so on
 * that internal request it can trust the host it signed — and nothing a client could forge.
 */
export function signHost(host: string): string {
  return createHmac('sha256', getAuthSecret()).update(`canonical-host:${host}`).digest('base64url');
}

export function verifyHostSignature(host: string, signature: string): boolean {
  const expected = Buffer.from(signHost(host));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
