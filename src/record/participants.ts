/** Who took part: people named in the record, with their role, country and statements. */
import { GROUP_PHRASE, ROLE_WORD, TITLE_PREFIX } from './cues/names.js';
import { COUNTERPART } from './cues/speech.js';
import { foldApostrophes } from './lexicon/compile.js';
import { COUNTRY_NAMES, ROLE_SYNONYMS } from './lexicon/nationalities.js';
import { countryOf, findMentions, type Mention } from './people.js';
import { findSubject, type Subject } from './subject.js';
import type { Paragraph, Participant } from '../types.js';

/** The first role word of a phrase (ROLE_WORD without state, whatever its flags). */
const ROLE_WORD_ONCE = new RegExp(ROLE_WORD.source, 'iu');

interface Person {
  name: string;
  role: string | null;
  feminine: boolean | null;
  statements: Set<number>;
}

/** What the people analysis learned about one paragraph. */
export interface ParagraphPeople {
  readonly n: number;
  readonly subject: Subject | null;
  /** The person the subject designates, by name ("il" and "le ministre chinois" resolved). */
  readonly actor: string | null;
  readonly mentions: readonly Mention[];
  /** True when the paragraph names a person with a role or for the first time. */
  readonly introduces: boolean;
  /** True when the paragraph's subject is someone the record had not named before: it introduces them. */
  readonly actorIsNew: boolean;
  /** True when the paragraph names someone the record had not named before (not in passing). */
  readonly namesNewcomer: boolean;
}

export interface PeopleAnalysis {
  readonly participants: Participant[];
  readonly paragraphs: ReadonlyMap<number, ParagraphPeople>;
  /** Resolves a phrase ("le ministre iranien", "M. Bensaid", "l'ambassadeur") to a participant's name. */
  readonly resolve: (phrase: string, options?: { exclude?: string | null }) => string | null;
}

/**
 * Walks the paragraphs in order, registering the people named and resolving each paragraph's
 * subject (a name, a pronoun, a role) to one of them.
 */
export function analysePeople(paragraphs: readonly Paragraph[]): PeopleAnalysis {
  const people: Person[] = [];
  const speakers: Person[] = []; // most recent last
  const result = new Map<number, ParagraphPeople>();

  for (const paragraph of paragraphs) {
    const subject = findSubject(paragraph.plain);
    // A role or a pronoun refers back to people met before this paragraph.
    let actor = subject && (subject.kind === 'pronoun' || subject.kind === 'role') ? resolveSubject(subject, people, speakers) : null;
    const mentions = findMentions(paragraph.plain, people.map((p) => p.name));
    let introduces = false;
    const newcomers = new Set<Person>();
    for (const mention of mentions) {
      let person = findPerson(people, mention.name);
      if (!person) {
        person = { name: mention.name, role: null, feminine: null, statements: new Set() };
        people.push(person);
        if (!mention.inPassing) {
          introduces = true;
          newcomers.add(person);
          person.statements.add(paragraph.n);
        }
      }
      if (mention.inPassing) {
        person.role ??= mention.role;
        continue;
      }
      if (mention.role) {
        introduces = true;
        person.statements.add(paragraph.n);
        person.role ??= mention.role;
      }
      person.feminine ??= mention.feminine;
      if (subject && mention.start >= subject.start && mention.end <= subject.end) actor = person;
    }
    if (actor) {
      actor.statements.add(paragraph.n);
      if (subject?.feminine != null) actor.feminine ??= subject.feminine;
      const at = speakers.indexOf(actor);
      if (at >= 0) speakers.splice(at, 1);
      speakers.push(actor);
    }
    result.set(paragraph.n, { n: paragraph.n, subject, actor: actor?.name ?? null, mentions, introduces, actorIsNew: actor !== null && newcomers.has(actor), namesNewcomer: newcomers.size > 0 });
  }

  const participants = people
    .filter((p) => p.statements.size > 0)
    .map((p) => ({ name: p.name, role: p.role, country: countryOf(p.role), statements: [...p.statements].sort((a, b) => a - b) }));
  const resolve = (phrase: string, options: { exclude?: string | null } = {}): string | null => {
    const others = people.filter((p) => p.name !== options.exclude);
    const named = findPerson(others, phrase.trim().replace(TITLE_PREFIX, ''));
    if (named) return named.name;
    // "les parlementaires portugais", "des cadres": a group, never one participant.
    if (GROUP_PHRASE.test(phrase.trim())) return null;
    const feminine = /^(?:la|sa|Mme)\s/iu.test(phrase) ? true : /^(?:le|au|M\.)\s/u.test(phrase) ? false : null;
    const recent = speakers.filter((p) => p.name !== options.exclude);
    const byRole = resolveRole(phrase, feminine, others, recent);
    if (byRole) return byRole.name;
    // "son homologue", "son interlocuteur": the other party, the last one who spoke or was named.
    if (COUNTERPART.test(foldApostrophes(phrase.trim()))) return (recent.at(-1) ?? others.at(-1))?.name ?? null;
    return null;
  };
  return { participants, paragraphs: result, resolve };
}

/**
 * The person a name designates: the same name; for several words, the same first word and
 * surname, or the end of a longer name (a compound surname: "Fame Ndongo" → "Jacques Fame
 * Ndongo"); for one word, the person with that surname, then the one with that word anywhere in
 * the name ("Li" → "Li Qiang", "Abiy" → "Abiy Ahmed").
 */
function findPerson(people: readonly Person[], name: string): Person | undefined {
  // One person written two ways is one: "Fatou DIALLO" and "Fatou Diallo", "Nguyễn Văn Thành" and "Nguyen Van Thanh".
  const folded = foldName(name);
  const words = folded.split(' ');
  const exact = people.find((p) => foldName(p.name) === folded);
  if (exact || words.length > 1) {
    return exact ?? people.find((p) => {
      const other = foldName(p.name);
      return lastWord(other) === words.at(-1) && (other.startsWith(words[0]!) || other.endsWith(` ${folded}`));
    });
  }
  return people.find((p) => lastWord(foldName(p.name)) === folded) ?? people.find((p) => foldName(p.name).split(' ').includes(folded));
}

/** A name without case, accents or odd spaces, for telling whether two mentions are one person. */
function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLocaleLowerCase('fr').replace(/[\s\u00a0]+/gu, ' ').trim();
}

const lastWord = (folded: string): string => folded.slice(folded.lastIndexOf(' ') + 1);

/** "il" → the last speaker of that gender; "le ministre chinois" → the person whose role fits. */
function resolveSubject(subject: Subject, people: readonly Person[], speakers: readonly Person[]): Person | null {
  if (subject.kind === 'pronoun') {
    for (let i = speakers.length - 1; i >= 0; i -= 1) {
      const candidate = speakers[i]!;
      if (subject.feminine === null || candidate.feminine === null || candidate.feminine === subject.feminine) return candidate;
    }
    return null;
  }
  // Someone who took part before someone only named in passing ("l'invitation du président X"):
  // "le président" acting is the host met, not the head of state who sent the invitation.
  const present = people.filter((p) => p.statements.size > 0);
  const inPresent = present.length < people.length ? resolveRole(subject.text, subject.feminine, present, speakers, { scoredOnly: true }) : null;
  return inPresent ?? resolveRole(subject.text, subject.feminine, people, speakers);
}

/**
 * Scores each known person against a role phrase: same country (+3), same role word (+2),
 * other gender (excluded); ties go to the most recent speaker. Without a score, the only person
 * of unknown role or of that gender, unless `scoredOnly`.
 */
function resolveRole(phrase: string, feminine: boolean | null, people: readonly Person[], speakers: readonly Person[], { scoredOnly = false } = {}): Person | null {
  const head = ROLE_WORD_ONCE.exec(foldApostrophes(phrase))?.[0].toLowerCase();
  const heads = head ? [head, ...ROLE_SYNONYMS.filter((words) => words.some((w) => head.startsWith(w))).flat()] : [];
  const country = countryOf(phrase);
  // Proper names in the phrase ("le responsable d'Eni") that a role also names.
  const names = (foldApostrophes(phrase).match(/(?<=[\s'])\p{Lu}[\p{L}-]+/gu) ?? []).filter((w) => !COUNTRY_NAMES.includes(w));
  let best: { person: Person; score: number } | null = null;
  const unknownRoles: Person[] = [];
  for (const person of people) {
    if (feminine !== null && person.feminine !== null && person.feminine !== feminine) continue;
    const role = foldApostrophes(person.role ?? '').toLowerCase();
    let score = 0;
    if (country && countryOf(person.role) === country) score += 3;
    else if (country && countryOf(person.role)) continue;
    if (heads.some((h) => role.includes(h.replace(/s$/u, '')))) score += 2;
    if (names.some((w) => role.includes(w.toLowerCase()))) score += 2;
    if (person.role === null) unknownRoles.push(person);
    if (score === 0) continue;
    score += (speakers.lastIndexOf(person) + 1) / (speakers.length + 1); // recency breaks ties
    if (!best || score > best.score) best = { person, score };
  }
  if (best || scoredOnly) return best?.person ?? null;
  // "le chef de l'État russe" for someone named without a role: the only one it can be.
  if (unknownRoles.length === 1) return unknownRoles[0]!;
  // "La responsable onusienne": a generic role, told apart by gender when only one person fits.
  const sameGender = feminine === null ? [] : people.filter((p) => p.feminine === feminine);
  return sameGender.length === 1 ? sameGender[0]! : null;
}
