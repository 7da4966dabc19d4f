import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { councilOriginFromConsole } from './council-origin';
import { sandboxSlugFor } from './reserved';
import { subdomainProblem, suggestSubdomain } from './subdomain';

afterEach(() => {
  for (const k of ['ROOT_DOMAIN', 'PUBLIC_PROTOCOL', 'PUBLIC_PORT']) delete process.env[k];
  resetEnvForTests();
});

describe('councilOrigin: a council’s site outside a request on its host', () => {
  it('follows the console’s scheme and port when onboarding from it', () => {
    expect(councilOriginFromConsole('conflans', 'http://admin.localhost:3130')).toBe('http://conflans.localhost:3130');
    expect(councilOriginFromConsole('conflans', 'https://admin.coupdemain.fr')).toBe('https://conflans.coupdemain.fr');
  });

  it('uses sensible defaults from the command line: http and 3000 on localhost, https on a real domain', () => {
    expect(councilOriginFromConsole('conflans')).toBe('http://conflans.localhost:3000');
    process.env.ROOT_DOMAIN = 'coupdemain.fr';
    resetEnvForTests();
    expect(councilOriginFromConsole('conflans')).toBe('https://conflans.coupdemain.fr');
    process.env.PUBLIC_PORT = '8443';
    resetEnvForTests();
    expect(councilOriginFromConsole('conflans')).toBe('https://conflans.coupdemain.fr:8443');
  });
});

describe('subdomains (O2)', () => {
  it('suggests one from a name', () => {
    expect(suggestSubdomain('Conflans-Sainte-Honorine')).toBe('conflans-sainte-honorine');
    expect(suggestSubdomain("L'Isle-d'Abeau")).toBe('lisle-dabeau');
    expect(suggestSubdomain('Saint-Étienne-du-Rouvray  ')).toBe('saint-etienne-du-rouvray');
  });

  it.each([
    ['conflans', null],
    ['a1', null],
    ['admin', 'reserved'],
    ['www', 'reserved'],
    [sandboxSlugFor('conflans'), 'sandbox'],
    ['xn--bcher-kva', 'format'],
    ['conflans_', 'format'],
    ['Conflans', 'format'],
    ['c', 'length'],
    ['x'.repeat(41), 'length'],
  ])('%s → %s', (slug, problem) => {
    expect(subdomainProblem(slug)).toBe(problem);
  });
});
