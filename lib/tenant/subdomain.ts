import { RESERVED_SUBDOMAINS, SANDBOX_SUFFIX } from './reserved';

/** Same shape as council.json's slug: a DNS label short enough to keep `-formation` under 63. */
export const SUBDOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
export const SUBDOMAIN_MAX = 40;

export type SubdomainProblem = 'format' | 'length' | 'reserved' | 'sandbox';

/** Why a subdomain cannot be a council's, or null if it can (availability is checked separately). */
export function subdomainProblem(value: string): SubdomainProblem | null {
  if (value.length < 2 || value.length > SUBDOMAIN_MAX) return 'length';
  if (!SUBDOMAIN_PATTERN.test(value) || value.includes('--')) return 'format';
  if (RESERVED_SUBDOMAINS.has(value)) return 'reserved';
  if (value.endsWith(SANDBOX_SUFFIX)) return 'sandbox';
  return null;
}

/** "Conflans-Sainte-Honorine" → "conflans-sainte-honorine": a suggestion, the operator may shorten it. */
export function suggestSubdomain(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SUBDOMAIN_MAX)
    .replace(/-+$/g, '');
}
