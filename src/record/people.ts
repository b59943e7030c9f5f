/** Finding the people a paragraph names: a capitalised name beside a role word or a civility. */
import {
  CIVILITY, COMPLEMENT_END, CREDIT_LABEL, FEMININE_ARTICLE, FEMININE_ROLE, NAME_PARTICLES, NAME_RUN, NAME_WORD, NOT_NAME_START,
  CARRIED_AFTER, DATELINE_AFTER, IN_PASSING_BEFORE, INSTITUTION_OF_BEFORE, INVITATION_OF_BEFORE, NAMED_PLACE_BEFORE, NAME_BLOCKERS, NOT_A_NAME_ALONE, OTHER_NAME, PERSON_BEFORE, PLACE_BEFORE, PLACE_BEFORE_ANY, PLACE_NOUN_BEFORE, ROLE_END, ROLE_GAP_BREAK, ROLE_GAP_WORD, ROLE_WORD, VERB_AFTER, titleGender,
} from './cues/names.js';
import { escapeRegExp, foldApostrophes } from './lexicon/compile.js';
import { COUNTRY_NAMES, NATIONALITIES } from './lexicon/nationalities.js';
import { ORGANISATION_NAME_WORDS } from './lexicon/words.js';

/** One mention of a person in a text. Offsets are into the text given. */
export interface Mention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The role written next to the name ("ministre iranien"), or null. */
  readonly role: string | null;
  readonly feminine: boolean | null;
  /**
   * Named only as the sender of what a participant carries ("un message du président X", "une
   * lettre de son homologue X") or as a predecessor: mentioned, not taking part.
   */
  readonly inPassing: boolean;
  /** Written with a civility or honorific: "M. X", "Son Excellence X". */
  readonly titled: boolean;
}

/** How far around a name its cues may look (the role window is 160 characters). */
const LOOK_AROUND = 240;
/** How far before a name the cues that end there look: a title, a preposition, a credit label. */
const NEAR = 40;

/**
 * Finds the people named in a text. `known` are names already met in the record, so that a later
 * "Zarepour a déclaré" or "M. Dati" is found too.
 * @example findMentions('Le ministre iranien, Issa Zarepour, a dit') → [{name: 'Issa Zarepour', role: 'ministre iranien'}]
 */
export function findMentions(text: string, known: readonly string[] = []): Mention[] {
  const folded = foldApostrophes(text);
  // Any word of a known name finds a later mention: "M. Li" (Li Qiang), "M. Abiy" (Abiy Ahmed).
  const knownWords = new Set(known.flatMap((name) => name.split(/[ \u00a0]+/u)).filter((w) => w.length >= 2 && !NAME_PARTICLES.has(w)));
  const mentions: Mention[] = [];
  for (const run of folded.matchAll(NAME_RUN)) {
    const runWords = run[0].split(/[ \u00a0]+/);
    let first = 0;
    let start = run.index;
    // "Centre de Transit", "Départ de Niamey": a place, a body or a programme line, no person.
    if (runWords.some((word, i) => i < 2 && NAME_BLOCKERS.has(word.toLowerCase()))) continue;
    // Articles, titles and role words opening the run are no part of the name: "la Grande-Duchesse Maria Teresa".
    while (first < runWords.length && (NOT_NAME_START.has(runWords[first]!.toLowerCase()) || ROLE_WORD_WHOLE.test(runWords[first]!))) {
      start += runWords[first]!.length + 1;
      while (folded[start] === ' ' || folded[start] === '\u00a0') start += 1;
      first += 1;
    }
    const words = runWords.slice(first);
    while (words.length > 0 && NAME_PARTICLES.has(words[0]!)) words.shift();
    if (words.length === 0 || !words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w))) continue;
    // Upper case alone is a heading or an acronym ("PROGRAMME DE LA VISITE", "OTAN"), unless a title precedes it.
    const allCaps = words.every((w) => !/\p{Ll}/u.test(w));
    const name = text.slice(start, run.index + run[0].length);
    const end = start + name.length;
    // What stands around the name, within reach of any cue: a bounded look keeps long texts linear.
    const from = Math.max(0, start - LOOK_AROUND);
    const before = folded.slice(from, start);
    const after = folded.slice(end, end + LOOK_AROUND);
    const capitals = words.filter((w) => !NAME_PARTICLES.has(w)).length;
    // The cues that end right before the name look at its last words only.
    const nearFrom = Math.max(0, before.length - NEAR);
    const near = before.slice(nearFrom);
    const civility = CIVILITY.exec(near);
    if (allCaps && !civility) continue;
    // "Source : Sputnik Afrique", "Photo : AFP": a credit line names an outlet, not a person.
    if (CREDIT_LABEL.test(near)) continue;
    // "le vice-président de la compagnie Eni, M. Guido Brusco": the role stands before the civility.
    // ("…pour l'Afrique, la Dre X": the article goes with the title, not the role).
    const beforeTitle = civility ? before.slice(0, nearFrom + civility.index + (civility[0].length - civility[0].trimStart().length)).replace(/(?:\s(?:le|la|l'))?\s*$/iu, ' ') : before;
    const roleBefore = findRoleBefore(text, from, beforeTitle);
    const roleAfter = roleBefore ? null : findRoleAfter(text, end, after);
    const isKnown = known.includes(name) || (words.length === 1 && knownWords.has(name));
    // One capitalised word beside a role is a name only right after it: "le président Macron",
    // not "la compagnie italienne Eni" or "le groupe Sonatrach".
    const singleBesideRole = capitals === 1 && roleBefore !== null && !civility && !isKnown && !roleBefore.adjacent;
    // "à Téhéran, le vice-ministre…": one capitalised word after a preposition of place is a place.
    // So is a run after an institution's name ("l'Institut Pasteur de Dà Lat") or opening a dateline ("Lâm Dông (VNA) –").
    const place = !civility && !isKnown && ((capitals === 1 && PLACE_BEFORE.test(near)) || PLACE_BEFORE_ANY.test(near) || PLACE_NOUN_BEFORE.test(near) ||
      INSTITUTION_OF_BEFORE.test(near) || NAMED_PLACE_BEFORE.test(near) || (before.trim() === '' && DATELINE_AFTER.test(after)));
    const isPerson =
      civility !== null || (roleBefore !== null && !singleBesideRole) || roleAfter !== null || isKnown ||
      (capitals >= 2 && (VERB_AFTER.test(after) || PERSON_BEFORE.test(near)));
    if (!isPerson || place || namesNoPerson(words)) continue;
    const role = roleBefore?.role ?? roleAfter ?? null;
    mentions.push({ name, start, end, role, feminine: genderOf(civility?.[1], roleBefore?.article, role), inPassing: IN_PASSING_BEFORE.test(before) || (INVITATION_OF_BEFORE.test(before) && CARRIED_AFTER.test(after)), titled: civility !== null });
  }
  return mentions;
}

/**
 * Words that make a capitalised run no personal name: a nationality ("le président Français"), a
 * country ("Burkina Faso") or a region alone ("Afrique"), a role ("Premier Ministre", "Haut
 * Représentant"), a company's or a body's word ("Gulf Horizon Energy", "Hydro-Services International").
 */
function namesNoPerson(words: readonly string[]): boolean {
  const whole = words.join(' ');
  if (COUNTRY_FORMS.has(whole.toLowerCase()) || NOT_A_NAME_ALONE.has(whole.toLowerCase())) return true;
  return words.some((word) => NATIONALITY_FORMS.has(word.toLowerCase()) || ORGANISATION_WORDS.has(word.toLowerCase().replace(/^.*-/u, '')) || ROLE_WORD_AT_START.test(word) && ROLE_WORD_WHOLE.test(word));
}
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(ORGANISATION_NAME_WORDS);

/**
 * "La ministre française de la Culture, " + name → role "ministre française de la Culture".
 * The earliest role word whose phrase reaches the name unbroken wins, so that "l'envoyé spécial
 * du président brésilien, X" keeps "envoyé spécial…", and two roles joined by "et" stay whole.
 */
function findRoleBefore(text: string, from: number, before: string): { role: string; article: string; adjacent: boolean } | null {
  // "ministre de la Communication": a capital after a preposition is the role's complement.
  if (COMPLEMENT_END.test(before.slice(-NEAR))) return null;
  const windowStart = Math.max(0, before.length - 160);
  const windowText = before.slice(windowStart);
  for (const match of windowText.matchAll(ROLE_WORD_ALL)) {
    const roleStart = windowStart + match.index;
    const gap = before.slice(roleStart + match[0].length);
    // A sentence end, a verb, a linking word or another full name in between: someone else's role.
    if (gap.length > 120 || ROLE_GAP_BREAK.test(gap) || OTHER_NAME.test(gap) || ROLE_GAP_WORD.test(gap)) continue;
    let role = text.slice(from + roleStart, from + before.length).replace(/[\s,]+$/u, '').trim();
    // "le ministre saoudien de l'Énergie, le prince Abdulaziz": the word after the comma is the
    // person's title, the role is what comes before it.
    const titled = /^(.+?)\s*,\s*(?:le|la|l')\s*[\p{L}-]+$/u.exec(role);
    if (titled) role = titled[1]!;
    const adjacent = /^(?:[\s\u00a0]+\p{Ll}+)?[\s\u00a0,]*$/u.test(gap);
    if (role !== '') return { role, article: before.slice(Math.max(0, roleStart - 6), roleStart), adjacent };
  }
  return null;
}

/** Every role word of a text; a role word opening a text. Compiled once. */
const ROLE_WORD_ALL = new RegExp(ROLE_WORD.source, 'giu');
const ROLE_WORD_AT_START = new RegExp(`^${ROLE_WORD.source}`, 'iu');
const ROLE_WORD_WHOLE = new RegExp(`^${ROLE_WORD.source}$`, 'iu');

/** name + ", secrétaire d'État chargé des Transports," → that role. */
function findRoleAfter(text: string, end: number, after: string): string | null {
  const opening = /^[ \u00a0]*,[ \u00a0]*(?:(?:le|la|l')[ \u00a0]*)?/iu.exec(after);
  if (!opening) return null;
  const rest = after.slice(opening[0].length);
  const head = ROLE_WORD_AT_START.exec(rest);
  if (!head) return null;
  const stop = ROLE_END.exec(rest);
  const length = stop ? stop.index : rest.length;
  const start = end + opening[0].length;
  return text.slice(start, start + length).trim() || null;
}

/** True for a woman, false for a man, null when the text does not say. */
function genderOf(civility: string | undefined, article: string | undefined, role: string | null): boolean | null {
  const told = civility === undefined ? null : titleGender(civility);
  if (told !== null) return told;
  if (article && FEMININE_ARTICLE.test(article)) return true;
  if (role && (FEMININE_ROLE.test(foldApostrophes(role)) || feminineNationality(role))) return true;
  if (article && /(?:^|\s)le\s*$/iu.test(article)) return false;
  return null;
}


/** Each nationality form ("iranien", "canadiennes") and each country name, lower-cased → its country. */
const NATIONALITY_FORMS = new Map(
  NATIONALITIES.flatMap(([masc, fem, country]) => [masc, fem, `${masc}s`, `${fem}s`].map((form) => [form.toLowerCase(), country] as const)),
);
const COUNTRY_FORMS = new Map(COUNTRY_NAMES.map((country) => [country.toLowerCase(), country] as const));
/** One scan finds the earliest nationality adjective (longest forms first, no case folding needed). */
const ANY_NATIONALITY = new RegExp(`(?<![\\p{L}-])(${alternation(NATIONALITY_FORMS.keys())})(?![\\p{L}-])`, 'u');
/** …and the earliest country after "de/d'/du/des": "ambassadeur de France". */
const ANY_COUNTRY_AFTER_DE = new RegExp(`(?<![\\p{L}])(?:de |d'|du |des )(${alternation(COUNTRY_FORMS.keys())})(?![\\p{L}])`, 'u');

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * The country a role names: a nationality adjective ("ministre iranien" → Iran), else a country
 * after "de/d'" ("ambassadeur de France au Vietnam" → France), the earliest in the text.
 */
export function countryOf(role: string | null): string | null {
  if (!role) return null;
  const lower = foldApostrophes(role).toLowerCase();
  const adjective = ANY_NATIONALITY.exec(lower)?.[1];
  if (adjective) return NATIONALITY_FORMS.get(adjective) ?? null;
  const country = ANY_COUNTRY_AFTER_DE.exec(lower)?.[1];
  return country ? (COUNTRY_FORMS.get(country) ?? null) : null;
}

/** Every feminine nationality form that differs from the masculine ("française", "canadienne"). */
const FEMININE_NATIONALITY = new RegExp(
  `(?<![\\p{L}-])(?:${alternation(NATIONALITIES.filter(([masc, fem]) => masc !== fem).map(([, fem]) => fem.toLowerCase()))})s?(?![\\p{L}-])`,
  'u',
);

function feminineNationality(role: string): boolean {
  return FEMININE_NATIONALITY.test(foldApostrophes(role).toLowerCase());
}

