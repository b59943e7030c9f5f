/** Small text helpers shared by the extractors: sentences, list shapes, item cleaning. */
import { LIST_MARKER } from './cues.js';

/** Abbreviations whose period ends no sentence: "M. Bensaid", "Dr Ndiaye", "J.-C.". */
const ABBREVIATION = /(?:^|[\s(])(?:M|MM|Mme|Dr|Pr|St|Ste|av|apr|J\.-C|etc|cf|art|n°)\.$/u;

/**
 * Splits a paragraph into sentences with their offsets.
 * @example splitSentences('M. Ali a parlé. Elle a invité.') → ['M. Ali a parlé.', 'Elle a invité.']
 */
export function splitSentences(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  let start = 0;
  for (const boundary of text.matchAll(/[.!?…](?:["»”)]+)?\s+(?=[«"“(]?\s*[\p{Lu}0-9])/gu)) {
    const end = boundary.index + boundary[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, end))) continue;
    sentences.push({ text: text.slice(start, end), start });
    start = boundary.index + boundary[0].length;
  }
  if (start < text.length) sentences.push({ text: text.slice(start), start });
  return sentences.filter((s) => s.text.trim() !== '');
}

/** True for a paragraph that introduces what follows: it ends with a colon. */
export function endsWithColon(text: string): boolean {
  return /:\s*$/u.test(text);
}


/**
 * Cleans a list item into a phrase: no bullet, no leading "Et", no trailing comma or period.
 * @example cleanItem('Et des visites de centres de recherche.') → 'des visites de centres de recherche'
 */
export function cleanItem(item: string): string {
  return item
    .replace(LIST_MARKER, '')
    .replace(/^(?:et|puis|ainsi que|enfin)\s+/iu, '')
    .replace(/[\s,;.:…]+$/u, '')
    .trim();
}

/** Where a text's top-level commas are (not inside parentheses or quotes). */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let last = 0;
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  for (const match of text.matchAll(global)) {
    depth = nesting(text.slice(0, match.index));
    if (depth > 0) continue;
    pieces.push(text.slice(last, match.index));
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}

function nesting(text: string): number {
  const open = (text.match(/[(«“]/gu) ?? []).length;
  const close = (text.match(/[)»”]/gu) ?? []).length;
  return open - close;
}
