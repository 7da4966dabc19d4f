import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export (A7, A9, O7)', () => {
  it('defuses text a spreadsheet would run as a formula, not numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","clic")')).toBe('"\'=HYPERLINK(""http://evil.example"",""clic"")"');
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('Monique = voisine')).toBe('Monique = voisine');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(3)).toBe('3');
  });

  it('keeps separators, quotes, line breaks and edge spaces inside their cell', () => {
    expect(csvCell('Courses')).toBe('Courses');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit "bonjour"')).toBe('"dit ""bonjour"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell(' espace')).toBe('" espace"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01T10:00:00.000Z');
  });

  it('writes a document a French spreadsheet opens as-is', () => {
    const csv = toCsv(['quand', 'qui'], [['2026-03-01', '=cmd']]);
    expect(csv).toBe("\uFEFFquand;qui\r\n2026-03-01;'=cmd\r\n");
  });
});
