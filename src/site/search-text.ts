/**
 * How French words are matched: lower case, no accents, no elided article, singular.
 * Pure and dependency-free, so the same rules can run on the server and in a browser.
 */

/** Elided words before an apostrophe: "l'Iran", "d’innovation", "qu'il", "jusqu'à". */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

/** Words too common to search for. */
const STOP_WORDS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'a', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur',
  'avec', 'ce', 'cet', 'cette', 'ces', 'qui', 'que', 'quoi', 'dont', 'il', 'elle', 'ils', 'elles', 'se', 'sa', 'son',
  'ses', 'leur', 'leurs', 'ne', 'pas', 'plus', 'est', 'sont', 'ont', 'y', 'lui', 'nous', 'vous', 'on', 'mais', 'si',
]);

/** Splits a text into word tokens with their offsets; apostrophes and hyphens split words. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Splits for the index: the words only. */
export function tokenize(text: string): string[] {
  return wordsOf(text).map((w) => w.word);
}

/**
 * The form a word is indexed and searched under, or null for a word not worth searching.
 * @example normalizeWord('Numérisation') → 'numerisation'; normalizeWord('bilatéraux') → 'bilateral'; normalizeWord('l') → null
 */
export function normalizeWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (ELIDED.has(lower) || STOP_WORDS.has(lower)) return null;
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return singular(plain);
}

/** A simple French singular: "relations" → "relation", "bilatéraux" → "bilateral", "bureaux" → "bureau". */
function singular(word: string): string {
  if (word.length <= 3 || /\d/u.test(word)) return word;
  if (word.endsWith('eaux')) return word.slice(0, -1);
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (/[^s]s$|x$/u.test(word)) return word.slice(0, -1);
  return word;
}
