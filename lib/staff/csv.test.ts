import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export (A9)', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","clic")')).toBe('"\'=HYPERLINK(""http://evil.example"",""clic"")"');
    expect(csvCell('+33 1 23')).toBe('"\'+33 1 23"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('Monique = voisine')).toBe('"Monique = voisine"');
  });

  it('keeps separators, quotes and line breaks inside their cell', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit "bonjour"')).toBe('"dit ""bonjour"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(new Date('2026-03-01T10:00:00Z'))).toBe('"2026-03-01T10:00:00.000Z"');
    expect(csvCell(3)).toBe('"3"');
  });

  it('writes a document a French spreadsheet opens as-is', () => {
    const csv = toCsv(['quand', 'qui'], [['2026-03-01', '=cmd']]);
    expect(csv).toBe('\uFEFF"quand";"qui"\r\n"2026-03-01";"\'=cmd"\r\n');
  });
});
