import { OPERATOR_SUBDOMAIN, RESERVED_SUBDOMAINS } from './reserved';

export type HostResolution =
  | { kind: 'root' }
  | { kind: 'operator' }
  | { kind: 'tenant'; slug: string; via: 'subdomain' | 'custom-domain' }
  | { kind: 'reserved'; label: string }
  | { kind: 'unknown' };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cases a Host header and drops its port and trailing dot; null if it is not a hostname. */
export function normaliseHost(host: string | null | undefined): string | null {
  if (!host) return null;
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) return null; // IPv6 literal: never a council
  h = h.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!h || h.length > 253) return null;
  return h.split('.').every((label) => LABEL.test(label)) ? h : null;
}

/**
 * The only place that maps a host to a tenant. `<slug>.<root>` and `<slug>.localhost` name a
 * council by subdomain; any other host must be a council's registered custom domain.
 * `customDomains` maps a normalised domain to the slug of its council.
 */
export function resolveHost(
  host: string | null | undefined,
  rootDomain: string,
  customDomains: ReadonlyMap<string, string>,
): HostResolution {
  const h = normaliseHost(host);
  if (!h) return { kind: 'unknown' };

  const custom = customDomains.get(h);
  if (custom) return { kind: 'tenant', slug: custom, via: 'custom-domain' };

  const root = normaliseHost(rootDomain) ?? 'localhost';
  const roots = root === 'localhost' ? ['localhost'] : [root, 'localhost'];
  if (roots.includes(h) || h === '127.0.0.1') return { kind: 'root' };

  for (const r of roots) {
    if (!h.endsWith(`.${r}`)) continue;
    const sub = h.slice(0, -(r.length + 1));
    if (sub.includes('.')) return { kind: 'unknown' };
    if (sub === OPERATOR_SUBDOMAIN) return { kind: 'operator' };
    if (RESERVED_SUBDOMAINS.has(sub)) return { kind: 'reserved', label: sub };
    return { kind: 'tenant', slug: sub, via: 'subdomain' };
  }
  return { kind: 'unknown' };
}
