import { describe, expect, it } from 'vitest';
import { embedFrameAncestors, MAX_EMBED_HOSTS, parseEmbedHosts } from './embed-hosts';

describe('parseEmbedHosts (A11)', () => {
  it('accepts host names, one per line, with a leading wildcard or a port', () => {
    expect(parseEmbedHosts('www.ville-herblay.fr\n*.ville-herblay.fr\r\npartenaire.localhost:8080\n')).toEqual({
      ok: true,
      hosts: ['www.ville-herblay.fr', '*.ville-herblay.fr', 'partenaire.localhost:8080'],
    });
  });

  it('reduces a pasted address to its host, lower-cases and removes duplicates', () => {
    expect(parseEmbedHosts('https://WWW.Ville-Herblay.fr/\nwww.ville-herblay.fr, http://app.orne.fr')).toEqual({
      ok: true,
      hosts: ['www.ville-herblay.fr', 'app.orne.fr'],
    });
  });

  it('accepts an empty list (nobody may frame the page)', () => {
    expect(parseEmbedHosts('  \n ')).toEqual({ ok: true, hosts: [] });
  });

  it.each([
    'localhost',
    '*',
    'https://www.ville.fr/page',
    'www.ville.fr/page',
    'www.*.ville.fr',
    "www.ville.fr'",
    'www.ville.fr;script-src',
    "'unsafe-inline'",
    'data:',
    'javascript:alert(1)',
    '-bad.ville.fr',
    'www.ville.fr:0',
    'www.ville.fr:70000',
    'www..ville.fr',
    'ftp://www.ville.fr',
    'wwwé.ville.fr',
  ])('refuses %j', (line) => {
    const result = parseEmbedHosts(`www.ok.fr\n${line}`);
    expect(result.ok).toBe(false);
  });

  it('names the offending line', () => {
    expect(parseEmbedHosts('www.ok.fr\nhttps://www.ville.fr/page')).toEqual({ ok: false, line: 'https://www.ville.fr/page', reason: 'invalid' });
  });

  it(`refuses more than ${MAX_EMBED_HOSTS} hosts`, () => {
    const many = Array.from({ length: MAX_EMBED_HOSTS + 1 }, (_, i) => `site${i}.example.fr`).join('\n');
    expect(parseEmbedHosts(many)).toMatchObject({ ok: false, reason: 'too_many' });
  });
});

describe('embedFrameAncestors', () => {
  it('allows the council itself and the listed hosts', () => {
    expect(embedFrameAncestors(['www.ville-herblay.fr', '*.orne.fr'])).toBe("'self' www.ville-herblay.fr *.orne.fr");
  });

  it('allows only the council itself with an empty list', () => {
    expect(embedFrameAncestors([])).toBe("'self'");
  });

  it('drops anything that is not a clean host source, even if stored', () => {
    expect(embedFrameAncestors(['www.ok.fr', "'unsafe-inline'", 'a.fr; script-src *'])).toBe("'self' www.ok.fr");
  });
});
