import { describe, expect, it } from 'vitest';
import { createZip } from './zip';
import { readZip } from './zip-reader';

describe('createZip', () => {
  it('writes an archive that reads back byte for byte', () => {
    const binary = Buffer.from([0, 1, 2, 255, 254, 10, 13]);
    const zip = createZip([
      { name: 'tables/users.json', data: JSON.stringify([{ name: 'Élodie' }]) },
      { name: 'personnes.csv', data: '\uFEFFid;nom\r\n1;Zoé\r\n' },
      { name: 'binaire.bin', data: binary },
      { name: 'vide.txt', data: '' },
    ]);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['tables/users.json', 'personnes.csv', 'binaire.bin', 'vide.txt']);
    expect(JSON.parse(files.get('tables/users.json')!.toString('utf8'))).toEqual([{ name: 'Élodie' }]);
    expect(files.get('personnes.csv')!.toString('utf8')).toBe('\uFEFFid;nom\r\n1;Zoé\r\n');
    expect(files.get('binaire.bin')!.equals(binary)).toBe(true);
    expect(files.get('vide.txt')!.length).toBe(0);
  });

  it('is detected as corrupt when a byte changes (the reader can fail)', () => {
    const zip = createZip([{ name: 'a.txt', data: 'bonjour bonjour bonjour' }]);
    zip[40] = zip[40]! ^ 0xff;
    expect(() => readZip(zip)).toThrow();
  });
});
