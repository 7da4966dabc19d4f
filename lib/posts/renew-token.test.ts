import { describe, expect, it } from 'vitest';
import { createRenewToken, readRenewToken, RENEW_LINK_GRACE_MS } from './renew-token';

const post = { tenantId: '11111111-1111-4111-8111-111111111111', id: '22222222-2222-4222-8222-222222222222', expiresAt: new Date('2026-07-01T08:00:00Z') };

describe('renew links (R4, X3)', () => {
  it('carries the council, the post and the expiry it was issued for', () => {
    const claims = readRenewToken(createRenewToken(post), new Date('2026-06-28T00:00:00Z'));
    expect(claims).toEqual({
      tenantId: post.tenantId,
      postId: post.id,
      expiresAt: post.expiresAt,
      validUntil: new Date(post.expiresAt.getTime() + RENEW_LINK_GRACE_MS),
    });
  });

  it('stops working a week after that expiry', () => {
    const token = createRenewToken(post);
    expect(readRenewToken(token, new Date(post.expiresAt.getTime() + RENEW_LINK_GRACE_MS - 1))).not.toBeNull();
    expect(readRenewToken(token, new Date(post.expiresAt.getTime() + RENEW_LINK_GRACE_MS))).toBeNull();
  });

  it('refuses anything altered or made up', () => {
    const token = createRenewToken(post);
    const [body, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify({ t: post.tenantId, p: '33333333-3333-4333-8333-333333333333', e: 0, v: 9e15 })).toString('base64url');
    const at = new Date('2026-06-28T00:00:00Z');
    expect(readRenewToken(`${other}.${signature}`, at)).toBeNull();
    expect(readRenewToken(`${body}.${signature!.slice(0, -2)}xx`, at)).toBeNull();
    expect(readRenewToken(`${body}`, at)).toBeNull();
    expect(readRenewToken(`${body}.${signature}.extra`, at)).toBeNull();
    expect(readRenewToken(undefined, at)).toBeNull();
    expect(readRenewToken('x'.repeat(700), at)).toBeNull();
  });
});
