/** Finding the grammatical subject of a paragraph's first clause: who speaks or acts. */
import { NAME_ONLY, NOT_NAME_START, ROLE_WORD, TITLE_PREFIX, titleGender } from './cues/names.js';
import {
  ACCORDING_TO, COLLECTIVE_SUBJECT, DATELINE, FINITE_VERB, FOLLOW_UP_OPENER, IMPERSONAL_IL, INVERTED_SPEAKER, PERSON_PRONOUN, SINGULAR_ROLE,
} from './cues/speech.js';
import { foldApostrophes } from './lexicon/compile.js';

/** How far after the relative clause's comma the main verb may stand: "…, qui …, a rencontré". */
const MAX_RELATIVE_TAIL = 12;

export type SubjectKind = 'name' | 'pronoun' | 'role' | 'collective' | 'other';

export interface Subject {
  readonly kind: SubjectKind;
  /** The subject phrase as written, e.g. "Le ministre chinois" or "Li Licheng". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True for "elle", "la ministre"; false for "il", "le ministre"; null when unsaid. */
  readonly feminine: boolean | null;
  /** The finite verb after a main-clause subject ("a", "avait", "visitera"); null otherwise. */
  readonly verb?: string;
}

/**
 * Who speaks or acts in a paragraph: the subject of its first finite verb (the comma-separated
 * chunk just before it) when that is a person; else a speaker named in "Selon X, …", in an
 * inverted attribution ("…, a déclaré M. X"), or a follow-up opener ("Selon lui").
 * @example findSubject('Faisant référence au plan, il a exprimé…') → {kind: 'pronoun', text: 'il'}
 */
export function findSubject(plain: string): Subject | null {
  const folded = foldApostrophes(plain);
  const offset = /^[«"“]/u.test(folded) ? 0 : DATELINE.exec(folded)?.[0].length ?? 0;
  const body = folded.slice(offset);
  if (IMPERSONAL_IL.test(body)) return null;
  const main = mainClauseSubject(plain, body, offset);
  if (main && isPerson(main)) return main;
  for (const speaker of [namedBefore(plain, body, offset), namedAfter(plain, body, offset)]) {
    if (speaker && isPerson(speaker)) return speaker;
  }
  // A paragraph that is only a quotation carries on the last speaker's words.
  // (whatever the subject inside the quotation).
  if (/^[«"“]/u.test(body) && /[»"”][.!?…]?\s*$|[.!?…]\s*[»"”]\s*$/u.test(body)) {
    return { kind: 'pronoun', text: '', start: offset, end: offset, feminine: null };
  }
  const opener = FOLLOW_UP_OPENER.exec(body);
  if (opener) {
    const text = plain.slice(offset, offset + opener[0].length);
    return { kind: 'pronoun', text, start: offset, end: offset + text.length, feminine: /\belle\b/iu.test(text) ? true : /\blui|il\b/iu.test(text) ? false : null };
  }
  return main;
}

const isPerson = (subject: Subject): boolean => subject.kind === 'name' || subject.kind === 'role' || subject.kind === 'pronoun';

function mainClauseSubject(plain: string, body: string, offset: number): Subject | null {
  const first = FINITE_VERB.exec(body);
  if (!first) return null;
  let verb = { text: first[0], index: first.index };
  // Drop clitics before the verb ("se rendra", "l'a invité") and the comma closing an apposition.
  let prefix = body.slice(0, verb.index).replace(/(?:\s(?:se|s'|ne|n'|y|en|lui|leur|l'))+\s*$/u, ' ').replace(/[\s,]+$/u, '');
  // "X, qui s'est rendu samedi à Mascate, a rencontré…": that verb is the relative clause's; the
  // main verb follows the comma that closes it, and X is its subject.
  const relative = /,\s*qui$/u.exec(prefix);
  const close = relative ? body.indexOf(',', verb.index) : -1;
  const main = close < 0 ? null : FINITE_VERB.exec(body.slice(close + 1));
  if (relative && main && main.index <= MAX_RELATIVE_TAIL) {
    prefix = prefix.slice(0, relative.index);
    verb = { text: main[0], index: close + 1 + main.index };
  }
  const cut = lastChunkStart(prefix);
  let subject = phraseAt(plain, body, offset, cut + 1, prefix.length);
  // "Mardi, Anne-Sophie Deramaux, présidente de la Région, a reçu…": the chunk before the verb is
  // an apposition (a role without its article); the name before it is the subject.
  if (subject?.kind === 'other' && cut > 0 && APPOSED_ROLE.test(body.slice(cut + 1, prefix.length).trim())) {
    const named = phraseAt(plain, body, offset, lastChunkStart(prefix.slice(0, cut)) + 1, cut);
    if (named?.kind === 'name') subject = named;
  }
  return subject && { ...subject, verb: verb.text };
}

/** A role written without its article, as an apposition: "présidente de la Région", "ministre des Mines". */
const APPOSED_ROLE = new RegExp(String.raw`^(?:${ROLE_WORD.source})`, 'iu');

/** The index of the separator (comma, dash or colon) before a text's last chunk, or -1: the chunk starts after it. */
const lastChunkStart = (text: string): number => Math.max(text.lastIndexOf(','), text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf(':'));

/** "Selon la ministre sénégalaise, …" → the role phrase. */
function namedBefore(plain: string, body: string, offset: number): Subject | null {
  const match = ACCORDING_TO.exec(body);
  if (!match?.[1]) return null;
  const start = match[0].indexOf(match[1]);
  return phraseAt(plain, body, offset, start, start + match[1].length);
}

/** "…, a déclaré M. Hemmati." / "…, a-t-il ajouté." → the speaker after the verb. */
function namedAfter(plain: string, body: string, offset: number): Subject | null {
  const match = INVERTED_SPEAKER.exec(body);
  if (!match) return null;
  const pronoun = match[1] ?? match[2];
  const phrase = pronoun ?? match[3];
  if (!phrase) return null;
  const start = match.index + match[0].lastIndexOf(phrase);
  return phraseAt(plain, body, offset, start, start + phrase.length);
}

/** Classifies body[from, to) trimmed, keeping offsets into the source text. */
function phraseAt(plain: string, body: string, offset: number, from: number, to: number): Subject | null {
  const raw = body.slice(from, to);
  const chunk = raw.trim();
  if (chunk === '') return null;
  const start = offset + from + (raw.length - raw.trimStart().length);
  return classify(chunk, plain.slice(start, start + chunk.length), start);
}

function classify(rawChunk: string, rawText: string, rawStart: number): Subject {
  // Opening quotes or brackets belong to no subject: "« Le Maroc est…" is about "Le Maroc".
  const lead = rawChunk.length - rawChunk.replace(/^[«"“(\s]+/u, '').length;
  const chunk = rawChunk.slice(lead);
  const at = { text: rawText.slice(lead), start: rawStart + lead, end: rawStart + rawText.length };
  if (PERSON_PRONOUN.test(chunk)) return { kind: 'pronoun', ...at, feminine: /^elle$/iu.test(chunk) };
  if (SINGULAR_ROLE.test(chunk) && !/\set\s/u.test(chunk)) {
    return { kind: 'role', ...at, feminine: /^(?:la|cette)\s/iu.test(chunk) ? true : /^(?:le|ce|cet)\s/iu.test(chunk) ? false : null };
  }
  if (COLLECTIVE_SUBJECT.test(chunk)) return { kind: 'collective', ...at, feminine: null };
  const title = TITLE_PREFIX.exec(chunk)?.[0];
  if (NAME_ONLY.test(chunk) && !NOT_NAME_START.has((chunk.slice(title?.length ?? 0).split(/[\s'’]/u)[0] ?? '').toLowerCase())) {
    return { kind: 'name', ...at, feminine: title === undefined ? null : titleGender(title.trim()) };
  }
  return { kind: 'other', ...at, feminine: null };
}
