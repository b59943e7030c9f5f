/**
 * How a split is compared with its labels: folded text, names, and phrases matched by their
 * content words. These are the rules of ../shared/checks/eval-split.mjs, kept to the letter so
 * that `npm run eval` and that script give the same figures (the search's French folding in
 * src/site/search-text.ts is a different rule: it also makes words singular).
 */

/**
 * Folds text for comparison: no accents, one kind of apostrophe and of double quote, single spaces, lower case.
 * @example fold('  Marème  SALL’s «x» ') → 'mareme sall\'s "x"'
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`´]/g, "'")
    .replace(/[«»"“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether two folded names name the same person: equal, or one inside the other ("Lavrov" in "Sergueï Lavrov"). */
export function sameName(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** Words that carry no content in a phrase (after folding, so "à" is "a"). */
const SMALL_WORDS = new Set(
  ('le la les l un une des du de d au aux a à et ou en dans sur pour par avec sans sous entre vers chez ' +
    'ce cet cette ces son sa ses leur leurs il elle ils elles qui que se s y h heures heure').split(' '),
);

/**
 * The content words of a phrase: folded, without times, numbers, bullets or small words.
 * @example contentWords('- 14 h 30 : visite de l’école 214') → Set {'visite', 'ecole'}
 */
export function contentWords(phrase: string): ReadonlySet<string> {
  const words = fold(phrase).replace(/'/g, ' ').split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length > 1 && !SMALL_WORDS.has(w) && !/^\d+$/.test(w)));
}

/** Decides whether a predicted phrase names a gold one, both given as content words. */
export type PhraseMatch = (gold: ReadonlySet<string>, predicted: ReadonlySet<string>) => boolean;

const sharedCount = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => [...a].filter((w) => b.has(w)).length;

/**
 * Whether a predicted phrase and a gold phrase name the same item: the predicted one holds at
 * least 60 % of the gold one's content words, and at least 40 % of its own words are the gold
 * one's (a whole sentence does not match each of the items it runs together).
 */
export const samePhrase: PhraseMatch = (gold, predicted) => {
  if (gold.size === 0 || predicted.size === 0) return false;
  const shared = sharedCount(gold, predicted);
  return shared / gold.size >= 0.6 && shared / predicted.size >= 0.4;
};

/** A predicted topic of two words or more that lies inside the gold phrase ("A" of "A et B"). */
export const insidePhrase: PhraseMatch = (gold, predicted) => predicted.size >= 2 && sharedCount(predicted, gold) / predicted.size >= 0.8;

/** A topic matches as an agenda item does, or by lying inside the gold topic. */
export const sameTopic: PhraseMatch = (gold, predicted) => samePhrase(gold, predicted) || insidePhrase(gold, predicted);

/** Gold phrases found and predicted phrases right, out of how many of each. */
export interface PhraseTally {
  readonly found: number;
  readonly gold: number;
  readonly right: number;
  readonly predicted: number;
}

/**
 * Recall and precision counts of predicted phrases against gold phrases: each side is counted
 * on its own (two predicted phrases may both be right for one gold phrase).
 * @example tallyPhrases(['visite de l’école'], ['la visite de l’école', 'un dîner'], samePhrase) → {found: 1, gold: 1, right: 1, predicted: 2}
 */
export function tallyPhrases(gold: readonly string[], predicted: readonly string[], match: PhraseMatch): PhraseTally {
  const g = gold.map(contentWords);
  const p = predicted.map(contentWords);
  return {
    found: g.filter((x) => p.some((y) => match(x, y))).length,
    gold: g.length,
    right: p.filter((y) => g.some((x) => match(x, y))).length,
    predicted: p.length,
  };
}
