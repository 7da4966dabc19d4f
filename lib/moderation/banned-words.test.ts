import { describe, expect, it } from 'vitest';
import { findBannedWords, parseBannedWords, wordsOf } from './banned-words';

describe('banned words (A4)', () => {
  it('folds accents, case and ligatures', () => {
    expect(wordsOf('Arnaque À L’ŒIL, ÉLÈVE!')).toEqual(['arnaque', 'a', 'l', 'oeil', 'eleve']);
  });

  it('matches accent- and case-insensitively, on whole words only', () => {
    const banned = ['arnaque', 'crédit facile', 'Pétition'];
    expect(findBannedWords('Une ARNAQUE évidente', banned)).toEqual(['arnaque']);
    expect(findBannedWords("C'est l'arnaque", banned)).toEqual(['arnaque']);
    expect(findBannedWords('Les arnaques', banned)).toEqual([]);
    expect(findBannedWords('Signez la petition !', banned)).toEqual(['Pétition']);
    expect(findBannedWords('Un CREDIT   Facile pour tous', banned)).toEqual(['crédit facile']);
    expect(findBannedWords('crédit très facile', banned)).toEqual([]);
    expect(findBannedWords('conseil municipal', ['con'])).toEqual([]);
    expect(findBannedWords('quel con', ['con'])).toEqual(['con']);
    expect(findBannedWords('anything', [])).toEqual([]);
  });

  it('reads the list as staff type it', () => {
    expect(parseBannedWords('arnaque\n  Crédit   facile ,pétition;\n\nARNAQUE\npetition')).toEqual(['arnaque', 'Crédit facile', 'pétition']);
    expect(parseBannedWords(' , \n ')).toEqual([]);
  });
});
