import { describe, expect, it } from 'vitest';
import { checkCustomDomainDns, normaliseCustomDomain, type DnsResolver } from './custom-domain';

const notFound = () => Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));

function fakeResolver(records: Record<string, { cname?: string[]; a?: string[]; aaaa?: string[] }>, fail?: string): DnsResolver {
  const answer = (host: string, kind: 'cname' | 'a' | 'aaaa') => {
    if (fail) return Promise.reject(Object.assign(new Error(fail), { code: fail }));
    const values = records[host]?.[kind];
    return values ? Promise.resolve(values) : notFound();
  };
  return {
    resolveCname: (h) => answer(h, 'cname'),
    resolve4: (h) => answer(h, 'a'),
    resolve6: (h) => answer(h, 'aaaa'),
  };
}

const target = 'conflans.coupdemain.fr';

describe('custom domain DNS check (O3)', () => {
  it('is ok when the CNAME points to the target (trailing dot and case aside)', async () => {
    const r = fakeResolver({ 'entraide.conflans.fr': { cname: ['Conflans.CoupDeMain.fr.'] } });
    expect(await checkCustomDomainDns('entraide.conflans.fr', target, r)).toEqual({ result: 'ok' });
  });

  it('is ok for an apex domain whose addresses are the target’s', async () => {
    const r = fakeResolver({ 'conflans-entraide.fr': { a: ['203.0.113.7'] }, [target]: { a: ['203.0.113.7', '203.0.113.8'] } });
    expect(await checkCustomDomainDns('conflans-entraide.fr', target, r)).toEqual({ result: 'ok' });
  });

  it('says where it points when it points elsewhere', async () => {
    const r = fakeResolver({ 'entraide.conflans.fr': { cname: ['ancien-site.example.net'] } });
    expect(await checkCustomDomainDns('entraide.conflans.fr', target, r)).toEqual({ result: 'wrong', found: 'ancien-site.example.net' });
    const a = fakeResolver({ 'entraide.conflans.fr': { a: ['198.51.100.1'] }, [target]: { a: ['203.0.113.7'] } });
    expect(await checkCustomDomainDns('entraide.conflans.fr', target, a)).toEqual({ result: 'wrong', found: '198.51.100.1' });
  });

  it('says the record is missing when the name does not exist yet', async () => {
    expect(await checkCustomDomainDns('entraide.conflans.fr', target, fakeResolver({}))).toEqual({ result: 'missing' });
  });

  it('says it cannot check now when DNS is unreachable or times out, without throwing', async () => {
    for (const code of ['ECONNREFUSED', 'ETIMEOUT', 'EAI_AGAIN', 'ESERVFAIL']) {
      expect(await checkCustomDomainDns('entraide.conflans.fr', target, fakeResolver({}, code))).toEqual({ result: 'unavailable' });
    }
    const hanging: DnsResolver = { resolveCname: () => new Promise(() => {}), resolve4: () => new Promise(() => {}), resolve6: () => new Promise(() => {}) };
    const started = Date.now();
    expect(await checkCustomDomainDns('entraide.conflans.fr', target, hanging)).toEqual({ result: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(6_000);
  }, 10_000);
});

describe('custom domain names', () => {
  it.each([
    ['entraide.ville-conflans.fr', 'entraide.ville-conflans.fr'],
    ['  HTTPS://Entraide.Ville-Conflans.FR/accueil ', 'entraide.ville-conflans.fr'],
    ['conflans-entraide.fr', 'conflans-entraide.fr'],
  ])('accepts %s', (input, domain) => {
    expect(normaliseCustomDomain(input)).toEqual({ domain });
  });

  it.each([
    ['pas un domaine', 'invalid'],
    ['localhost', 'invalid'],
    ['192.168.1.10', 'invalid'],
    ['entraide.fr:8080', 'invalid'],
    ['conflans', 'invalid'],
    ['herblay.localhost', 'platform'],
  ])('refuses %s (%s)', (input, problem) => {
    expect(normaliseCustomDomain(input)).toEqual({ problem });
  });
});
