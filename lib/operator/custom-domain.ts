import { Resolver } from 'node:dns/promises';
import { and, eq, ne } from 'drizzle-orm';
import { tenants } from '@/db/schema/tenants';
import { afterCommit, withAdmin } from '@/db/with-tenant';
import { getEnv } from '@/lib/env';
import { invalidateTenantDirectory } from '@/lib/tenant/directory';
import { normaliseHost } from '@/lib/tenant/resolve-host';
import { recordAudit, type AuditActor } from './audit';

export type DomainProblem = 'invalid' | 'platform' | 'taken';

/** A council's own domain, e.g. entraide.ville-conflans.fr; null and a reason when it cannot be one. */
export function normaliseCustomDomain(input: string): { domain: string } | { problem: Exclude<DomainProblem, 'taken'> } {
  const raw = input.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const domain = normaliseHost(raw);
  if (!domain || raw.includes(':') || domain.split('.').length < 2 || /^[\d.]+$/.test(domain) || !/\.[a-z]{2,63}$/.test(domain)) {
    return { problem: 'invalid' };
  }
  const root = getEnv().ROOT_DOMAIN.toLowerCase();
  if (domain === root || domain.endsWith(`.${root}`) || domain === 'localhost' || domain.endsWith('.localhost')) return { problem: 'platform' };
  return { domain };
}

/** Where the council's custom domain must point: CUSTOM_DOMAIN_TARGET, or its own subdomain. */
export function customDomainTarget(slug: string): string {
  const env = getEnv();
  return env.CUSTOM_DOMAIN_TARGET ?? `${slug}.${env.ROOT_DOMAIN}`;
}

/**
 * Sets or removes a council's custom domain (O3). The middleware resolves it through the
 * tenant directory, refreshed as soon as the change commits.
 */
export async function setCustomDomain(
  tenantId: string,
  input: string,
  actor: AuditActor,
): Promise<{ ok: true; domain: string | null } | { ok: false; problem: DomainProblem }> {
  const wanted = input.trim() === '' ? null : normaliseCustomDomain(input);
  if (wanted && 'problem' in wanted) return { ok: false, problem: wanted.problem };
  const domain = wanted?.domain ?? null;
  return withAdmin(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant || tenant.sandboxOf) throw new Error(`setCustomDomain: no council ${tenantId}`);
    if (domain) {
      const [other] = await tx.select({ id: tenants.id }).from(tenants).where(and(eq(tenants.customDomain, domain), ne(tenants.id, tenantId)));
      if (other) return { ok: false as const, problem: 'taken' as const };
    }
    if (tenant.customDomain === domain) return { ok: true as const, domain };
    await tx.update(tenants).set({ customDomain: domain, updatedAt: new Date() }).where(eq(tenants.id, tenantId));
    await recordAudit(tx, { actor, action: 'tenant.domain', tenant: { id: tenantId, slug: tenant.slug }, details: { from: tenant.customDomain, to: domain } });
    afterCommit(tx, () => invalidateTenantDirectory());
    return { ok: true as const, domain };
  });
}

/** The part of node:dns we use, so tests can give a fake resolver. */
export type DnsResolver = {
  resolveCname(host: string): Promise<string[]>;
  resolve4(host: string): Promise<string[]>;
  resolve6(host: string): Promise<string[]>;
};

export type DnsCheck =
  | { result: 'ok' }
  | { result: 'wrong'; found: string }
  | { result: 'missing' }
  | { result: 'unavailable' };

const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME']);
const DNS_TIMEOUT_MS = 4_000;

function systemResolver(): DnsResolver {
  return new Resolver({ timeout: 2_000, tries: 1 });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' })), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

async function lookup(fn: () => Promise<string[]>): Promise<string[] | 'missing'> {
  try {
    return await withTimeout(fn(), DNS_TIMEOUT_MS);
  } catch (error) {
    if (NOT_FOUND.has((error as { code?: string }).code ?? '')) return 'missing';
    throw error;
  }
}

/**
 * Does `domain` already point here? Yes when its CNAME is the target, or when it resolves to the
 * same addresses as the target (an apex domain cannot have a CNAME). Any network trouble (no
 * DNS server reachable, timeout) is "cannot check now", never an error page.
 */
export async function checkCustomDomainDns(domain: string, target: string, resolver: DnsResolver = systemResolver()): Promise<DnsCheck> {
  const clean = (h: string) => h.toLowerCase().replace(/\.$/, '');
  try {
    const cname = await lookup(() => resolver.resolveCname(domain));
    if (cname !== 'missing' && cname.length) {
      return cname.map(clean).includes(clean(target)) ? { result: 'ok' } : { result: 'wrong', found: cname.map(clean).join(', ') };
    }
    const [mine4, mine6] = await Promise.all([lookup(() => resolver.resolve4(domain)), lookup(() => resolver.resolve6(domain))]);
    const mine = [...(mine4 === 'missing' ? [] : mine4), ...(mine6 === 'missing' ? [] : mine6)];
    if (!mine.length) return { result: 'missing' };
    const [target4, target6] = await Promise.all([lookup(() => resolver.resolve4(target)), lookup(() => resolver.resolve6(target))]);
    const theirs = new Set([...(target4 === 'missing' ? [] : target4), ...(target6 === 'missing' ? [] : target6)]);
    if (!theirs.size) return { result: 'unavailable' };
    return mine.every((a) => theirs.has(a)) ? { result: 'ok' } : { result: 'wrong', found: mine.join(', ') };
  } catch {
    return { result: 'unavailable' };
  }
}
