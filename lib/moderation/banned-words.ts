export const BANNED_WORDS_MAX = 200;
export const BANNED_WORD_MAX_LENGTH = 60;

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** The words of a text, lower-case and without accents: "Arnaque À L'ŒIL" → arnaque a l oeil. */
export function wordsOf(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c]!);
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The list as staff type it (one per line, or separated by commas), cleaned: empty entries
 * dropped, duplicates (same words once folded) kept once, in the order typed.
 */
export function parseBannedWords(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[\n,;]/)) {
    const entry = raw.trim().replace(/\s+/g, ' ');
    const key = wordsOf(entry).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

/**
 * The banned entries found in `text`: whole words only ("con" does not match "conseil"),
 * whatever the accents or case; an entry of several words matches them in sequence.
 */
export function findBannedWords(text: string, banned: readonly string[]): string[] {
  if (!banned.length) return [];
  const haystack = ` ${wordsOf(text).join(' ')} `;
  return banned.filter((entry) => {
    const needle = wordsOf(entry).join(' ');
    return needle !== '' && haystack.includes(` ${needle} `);
  });
}
