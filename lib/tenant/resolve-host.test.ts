import { describe, expect, it } from 'vitest';
import { normaliseHost, resolveHost } from './resolve-host';

const domains = new Map([
  ['entraide.ville-herblay.fr', 'herblay'],
  ['aide.orne.fr', 'orne'],
]);

describe('resolveHost', () => {
  it.each([
    // [host, rootDomain, expected]
    ['herblay.localhost:3000', 'localhost', { kind: 'tenant', slug: 'herblay', via: 'subdomain' }],
    ['HERBLAY.localhost', 'localhost', { kind: 'tenant', slug: 'herblay', via: 'subdomain' }],
    ['orne.localhost.', 'localhost', { kind: 'tenant', slug: 'orne', via: 'subdomain' }],
    ['herblay.coupdemain.fr', 'coupdemain.fr', { kind: 'tenant', slug: 'herblay', via: 'subdomain' }],
    ['herblay.localhost:3000', 'coupdemain.fr', { kind: 'tenant', slug: 'herblay', via: 'subdomain' }],
    ['entraide.ville-herblay.fr', 'coupdemain.fr', { kind: 'tenant', slug: 'herblay', via: 'custom-domain' }],
    ['Entraide.Ville-Herblay.FR:443', 'coupdemain.fr', { kind: 'tenant', slug: 'herblay', via: 'custom-domain' }],
    ['aide.orne.fr', 'localhost', { kind: 'tenant', slug: 'orne', via: 'custom-domain' }],
    ['admin.localhost:3000', 'localhost', { kind: 'operator' }],
    ['admin.coupdemain.fr', 'coupdemain.fr', { kind: 'operator' }],
    ['localhost:3000', 'localhost', { kind: 'root' }],
    ['127.0.0.1:3000', 'localhost', { kind: 'root' }],
    ['coupdemain.fr', 'coupdemain.fr', { kind: 'root' }],
    ['www.coupdemain.fr', 'coupdemain.fr', { kind: 'reserved', label: 'www' }],
    ['api.localhost', 'localhost', { kind: 'reserved', label: 'api' }],
    ['app.localhost', 'localhost', { kind: 'reserved', label: 'app' }],
    ['mail.coupdemain.fr', 'coupdemain.fr', { kind: 'reserved', label: 'mail' }],
    ['a.b.localhost', 'localhost', { kind: 'unknown' }],
    ['herblay.other.fr', 'coupdemain.fr', { kind: 'unknown' }],
    ['evilcoupdemain.fr', 'coupdemain.fr', { kind: 'unknown' }],
    ['herblay.coupdemain.fr.evil.com', 'coupdemain.fr', { kind: 'unknown' }],
    ['', 'localhost', { kind: 'unknown' }],
    [null, 'localhost', { kind: 'unknown' }],
    ['[::1]:3000', 'localhost', { kind: 'unknown' }],
    ['herblay_.localhost', 'localhost', { kind: 'unknown' }],
    ['-herblay.localhost', 'localhost', { kind: 'unknown' }],
    ['herblay.localhost/../orne', 'localhost', { kind: 'unknown' }],
  ] as const)('%s (root %s)', (host, root, expected) => {
    expect(resolveHost(host, root, domains)).toEqual(expected);
  });

  it('normalises hosts', () => {
    expect(normaliseHost(' Herblay.LOCALHOST:3000 ')).toBe('herblay.localhost');
    expect(normaliseHost('x'.repeat(300))).toBeNull();
  });
});
