import { describe, expect, it } from 'vitest';
import { unsubscribeHeaders, unsubscribeSignature, verifyUnsubscribe } from './unsubscribe';

process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret-0123456789';

const T = '11111111-1111-4111-8111-111111111111';
const U = '22222222-2222-4222-8222-222222222222';

describe('one-click unsubscribe (R8)', () => {
  it('accepts its own signature and nothing else', () => {
    const s = unsubscribeSignature(T, U, 'match');
    expect(verifyUnsubscribe(T, U, 'match', s)).toBe(true);
    expect(verifyUnsubscribe(T, U, 'message', s)).toBe(false); // another kind
    expect(verifyUnsubscribe('33333333-3333-4333-8333-333333333333', U, 'match', s)).toBe(false); // another council
    expect(verifyUnsubscribe(T, '44444444-4444-4444-8444-444444444444', 'match', s)).toBe(false); // another person
    expect(verifyUnsubscribe(T, U, 'match', 'forged')).toBe(false);
  });

  it('sets the RFC 8058 headers', () => {
    const h = unsubscribeHeaders('https://herblay.coupdemain.fr', T, U, 'match');
    expect(h['List-Unsubscribe']).toMatch(/^<https:\/\/herblay\.coupdemain\.fr\/api\/desabonnement\?u=.+&k=match&s=.+>$/);
    expect(h['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});
