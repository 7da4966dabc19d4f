import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { format } from './messages';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(o: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (x: object, p: string) =>
    Object.entries(x).forEach(([k, v]) =>
      typeof v === 'object' ? walk(v, `${p}${k}.`) : (out[`${p}${k}`] = [...String(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()),
    );
  walk(o, '');
  return out;
}

describe('i18n', () => {
  it('has the same keys and placeholders in French and English', () => {
    expect(keys(en)).toEqual(keys(fr));
    expect(placeholders(en)).toEqual(placeholders(fr));
  });

  it('has no empty message', () => {
    for (const [k, v] of Object.entries(placeholders(fr))) expect(k && v).toBeDefined();
    expect(keys(fr).length).toBeGreaterThan(50);
  });

  it('formats placeholders and leaves unknown ones visible', () => {
    expect(format('Bonjour {name}, {x}', { name: 'Monique' })).toBe('Bonjour Monique, {x}');
  });
});
