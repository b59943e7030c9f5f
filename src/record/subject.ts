/** Finding the grammatical subject of a paragraph's first clause: who speaks or acts. */
import { COLLECTIVE_SUBJECT, FINITE_VERB, FOLLOW_UP_OPENER, PERSON_PRONOUN, ROLE_WORD, foldApostrophes } from './cues.js';

export type SubjectKind = 'name' | 'pronoun' | 'role' | 'collective' | 'other';

export interface Subject {
  readonly kind: SubjectKind;
  /** The subject phrase as written, e.g. "Le ministre chinois" or "Li Licheng". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True for "elle", "la ministre"; false for "il", "le ministre"; null when unsaid. */
  readonly feminine: boolean | null;
}

/** A dateline before the text: "HANOÏ, 14 mars (VNA) – ", "OTTAWA — ", "Tunis, 5 mai — ". */
const DATELINE = /^\p{Lu}[^—–\n]{0,60}?\s[—–-]\s+/u;
const SINGULAR_ROLE = new RegExp(String.raw`^(?:le|la|l'|cette|ce|cet)\s*` + ROLE_WORD.source, 'iu');
const NAME_END = /\p{Lu}[\p{Ll}'-]+$/u;

/**
 * The subject of the first finite verb, read as the comma-separated chunk just before it.
 * @example findSubject('Faisant référence au plan, il a exprimé…') → {kind: 'pronoun', text: 'il'}
 */
export function findSubject(plain: string): Subject | null {
  const folded = foldApostrophes(plain);
  const offset = DATELINE.exec(folded)?.[0].length ?? 0;
  const body = folded.slice(offset);
  const verb = FINITE_VERB.exec(body);
  if (verb) {
    // Drop clitics before the verb ("se rendra", "l'a invité") and the comma closing an apposition.
    const prefix = body.slice(0, verb.index).replace(/(?:\s(?:se|s'|ne|n'|y|en|lui|leur|l'))+\s*$/u, ' ').replace(/[\s,]+$/u, '');
    const cut = Math.max(prefix.lastIndexOf(','), prefix.lastIndexOf('—'), prefix.lastIndexOf('–'), prefix.lastIndexOf(':'));
    const raw = prefix.slice(cut + 1);
    const lead = raw.length - raw.trimStart().length;
    const chunk = raw.trim();
    if (chunk !== '') {
      const start = offset + cut + 1 + lead;
      const subject = classify(chunk, plain.slice(start, start + chunk.length), start);
      if (subject.kind !== 'other') return subject;
    }
  }
  const opener = FOLLOW_UP_OPENER.exec(body);
  if (opener) {
    const text = plain.slice(offset, offset + opener[0].length);
    return { kind: 'pronoun', text, start: offset, end: offset + text.length, feminine: /\belle\b/iu.test(text) ? true : /\blui|il\b/iu.test(text) ? false : null };
  }
  return null;
}

function classify(chunk: string, text: string, start: number): Subject {
  const at = { text, start, end: start + text.length };
  if (PERSON_PRONOUN.test(chunk)) return { kind: 'pronoun', ...at, feminine: /^elle$/iu.test(chunk) };
  if (SINGULAR_ROLE.test(chunk) && !/\set\s/u.test(chunk)) {
    return { kind: 'role', ...at, feminine: /^(?:la|cette)\s/iu.test(chunk) ? true : /^(?:le|ce|cet)\s/iu.test(chunk) ? false : null };
  }
  if (COLLECTIVE_SUBJECT.test(chunk)) return { kind: 'collective', ...at, feminine: null };
  if (NAME_END.test(chunk) && !/^(?:le|la|les|l'|un|une|des|cette|ce)\s/iu.test(chunk)) return { kind: 'name', ...at, feminine: null };
  return { kind: 'other', ...at, feminine: null };
}
