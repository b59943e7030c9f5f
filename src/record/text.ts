/** Small text helpers shared by the stages: sentences, list shapes, item cleaning, top-level splits. */
import { ABBREVIATION, LIST_MARKER } from './cues/shape.js';

export interface Sentence {
  readonly text: string;
  /** Offset of the sentence in the paragraph. */
  readonly start: number;
}

/**
 * Splits a paragraph into sentences with their offsets.
 * @example splitSentences('M. Ali a parlé. Elle a invité.') → ['M. Ali a parlé.', 'Elle a invité.']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const boundary of text.matchAll(/[.!?…](?:["»”)]+)?\s+(?=[«"“(]?\s*[\p{Lu}0-9])/gu)) {
    const end = boundary.index + boundary[0].trimEnd().length;
    // Only the end of the sentence so far can be an abbreviation: a bounded look, not a re-scan.
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
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

const OPENERS = new Set(['(', '«', '“']);
const CLOSERS = new Set([')', '»', '”']);

/**
 * Splits a text at each separator that stands outside parentheses and quotes, in one pass.
 * @example splitTopLevel('A, B (x, y), C', /,\s?/u) → ['A', 'B (x, y)', 'C']
 */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  let depth = 0;
  let scanned = 0;
  let last = 0;
  for (const match of text.matchAll(global)) {
    // The nesting depth at the separator, counted on from where the last count stopped.
    for (; scanned < match.index; scanned += 1) {
      const char = text[scanned]!;
      if (OPENERS.has(char)) depth += 1;
      else if (CLOSERS.has(char)) depth -= 1;
    }
    if (depth > 0) continue;
    pieces.push(text.slice(last, match.index));
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}
