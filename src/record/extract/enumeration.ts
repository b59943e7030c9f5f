/** Reading an enumeration of subjects out of a sentence: "ont évoqué A, B et C" → A, B, C. */
import { ATTRIBUTION_TAIL } from '../cues/speech.js';
import { ARTICLE, CENTRE_OF_TALKS, DATIVE, ENUMERATION_START, LEADING_INCISE, LEADING_WORDS, MAY_PLEAD, PARTITIVE, PASSIVE_TOPICS, PLEA_START } from '../cues/topics.js';
import { foldApostrophes, fr } from '../lexicon/compile.js';
import { cleanItem, splitTopLevel } from '../text.js';

/** The same determiners, read at a given offset (sticky), for the "et" that starts a new item. */
const PARTITIVE_AT = new RegExp(PARTITIVE.source.replace(/^\^/u, ''), 'iuy');
const DATIVE_AT = new RegExp(DATIVE.source.replace(/^\^/u, ''), 'iuy');
const ARTICLE_AT = new RegExp(ARTICLE.source.replace(/^\^/u, ''), 'iuy');
const AND = /\s+et\s+(?:sur\s+)?/gu;
/** "Selon le cabinet, …" before the subjects of a sentence. */
const LEADING_ATTRIBUTION = /^\s*(?:selon|d'après|d’après)\s[^,]{1,60},\s*/iu;
/** A dateline with its agency before the subjects: "Kinshasa, 28 mars 2023 (ACP).- " (not "Maroc - UE"). */
const AGENCY_DATELINE = /^\p{Lu}[^()\n]{0,60}\(\p{Lu}{2,}\)\s*\.?\s*[-–—]\s+/u;
/** A piece of a list that says when: "après la visite du président", "lors de l'audience". */
const TIME_INCISE = /^(?:après|avant|lors|pendant|durant|depuis|au cours|à l'issue|à l’issue)\b/iu;
/** "entre A" just before an "et": the pair of a relation, not two items ("entre la Chine et le Sénégal"). */
const BETWEEN_BEFORE = /\bentre\s+(?:(?!\set\s)[^,;]){1,50}$/u;
/** A complement closing the text before an "et": "… du cinéma", "… de la pêche artisanale". */
const COMPLEMENT_BEFORE = /(?:^|\s)(?:du|de la|de l'|des|d')\s*[\p{L}'-]+(?:\s+[\p{L}'-]+)?$/u;

/**
 * The items after the last enumeration opener of a sentence (topic verb, "notamment", colon).
 * @example enumerationOf("Ils ont évoqué l'énergie, les transports et la santé.") → ['énergie', 'transports', 'santé']
 */
export function enumerationOf(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  // "…ont abordé A et ont échangé leurs vues sur B": each clause lists its own subjects.
  const cuts = [...folded.matchAll(NEXT_CLAUSE)];
  if (cuts.length) {
    const clauses = cuts.map((cut, i) => sentence.slice(i ? cuts[i - 1]!.index + cuts[i - 1]![0].length : 0, cut.index));
    clauses.push(sentence.slice(cuts.at(-1)!.index + cuts.at(-1)![0].length));
    return clauses.flatMap(clauseEnumeration);
  }
  return clauseEnumeration(sentence);
}

/**
 * A verb of the same subject coordinated after a list: "…, et a souligné", " et se sont félicités",
 * or a participle sharing the auxiliary: "a évoqué A et exprimé sa reconnaissance pour B".
 */
const NEXT_CLAUSE = /,?\s+et\s+(?:(?:ont|a|avons|avaient|avait|se sont|s'est|sont)\s+(?=\p{Ll})|(?=\p{Ll}+é\s+(?:(?:sa|son|ses|leur|leurs|le|la|les|un|une)\s|l')))/gu;

/** The items after the last enumeration opener of one clause. */
function clauseEnumeration(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  // "Les perspectives de … ont été au centre des discussions": the subjects stand before the verb.
  const before = CENTRE_OF_TALKS.exec(folded) ?? passiveSubjects(folded);
  if (before?.[1]) {
    const subjects = sentence.slice(0, before[1].length).replace(AGENCY_DATELINE, '').replace(LEADING_ATTRIBUTION, '');
    // "A, après la visite du président, a été examiné": the incise says when, it names no subject.
    return itemsOf(subjects).filter((item) => !TIME_INCISE.test(item));
  }
  let start = -1;
  let previous = -1;
  let opener = '';
  const openers = [...folded.matchAll(ENUMERATION_START)];
  if (MAY_PLEAD.test(folded)) openers.push(...folded.matchAll(PLEA_START));
  openers.sort((a, b) => a.index - b.index);
  for (const match of openers) {
    previous = start;
    start = match.index + match[0].length;
    opener = match[0];
  }
  if (start < 0) return [];
  // Subjects named inside a quotation end with it: "« …des discussions sur A et B », a confirmé X".
  const end = quotationEnd(sentence, start);
  // "Il a été question, lors de cette audience, du développement…": the incise is no item.
  const items = itemsOf(sentence.slice(start, end).replace(LEADING_INCISE, ''));
  // "ont évoqué la coopération bilatérale, notamment A et B": the subject the examples belong to.
  const named = previous >= 0 ? sentence.slice(previous, start - opener.length) : '';
  // "ont porté sur A, B ainsi que la coopération dans les domaines de C et D": A and B too.
  const heads = SPECIFIER.test(opener) ? headsOf(named) : NARROWING.test(opener) ? headsOf(named).filter((_, i, all) => all.length > 1) : [];
  return [...heads, ...items];
}

/**
 * The subjects before "notamment": one short phrase, or a list of them ("ont porté sur A et sur B,
 * notamment C": A and B are subjects as much as C).
 */
function headsOf(text: string): string[] {
  const pieces = itemsOf(text.replace(/[\s,;:]+$/u, ''));
  if (pieces.length > 1) return pieces.flatMap((piece) => headOf(piece) ?? []);
  const head = headOf(text);
  return head ? [head] : [];
}

/** Openers that give examples of a subject named just before: "…, notamment", "…, en particulier". */
const SPECIFIER = /^(?:notamment|en particulier|tels? que|telles? que)\s*$/iu;
/** Openers that narrow the subject just before ("la coopération dans les domaines de…"): a list before them is kept, one head is not. */
const NARROWING = /^(?:dans les|aux) (?:domaines|secteurs)\s*$/iu;

/** The subject before "notamment": one short phrase, no clause of its own. */
function headOf(text: string): string | undefined {
  const head = cleanTopic(text.replace(/[\s,;:]+$/u, ''));
  const words = head.split(/\s+/u).length;
  return head !== '' && words <= 8 && !/[,;]/u.test(head) && !VERB_LIKE.test(head) && !GENERIC_HEAD.test(head) ? head : undefined;
}

/** A head that names no subject, only that there were some: "plusieurs dossiers", "divers points", "l'ensemble de ces sujets". */
const GENERIC_HEAD = /^[«“"]?\s*(?:l['’]ensemble\s+d(?:e|es)\s+)?(?:(?:plusieurs|divers|diverses|différents|différentes|nombreux|nombreuses|de nombreux|de nombreuses|certains|certaines|quelques|les|des|ces|tous ces|toutes ces)\s+)?(?:thèmes?|sujets?|questions?|dossiers?|points?|domaines?|secteurs?|thématiques?)$/iu;

/** A conjugated verb or clause inside a would-be subject: then it is not one phrase. */
const VERB_LIKE = /\b(?:a|ont|est|sont|sera|seront|qui|que|qu'|dont)\b/iu;

/** What follows a passive topic verb when the subjects come after it: "Plusieurs dossiers ont été examinés, dont A et B". */
const LIST_AFTER = /^\s*,?\s*(?:dont|notamment|en particulier|tels? que|telles? que|à savoir|:)/iu;

/** "A et B ont été abordés": the subjects before the verb, unless the verb opens the list itself. */
function passiveSubjects(folded: string): RegExpExecArray | null {
  const match = PASSIVE_TOPICS.exec(folded);
  return match && !LIST_AFTER.test(folded.slice(match[0].length)) ? match : null;
}

/** Quotation marks as pairs: the closing mark of each opening one (a straight quote closes itself). */
const QUOTES: readonly (readonly [string, string])[] = [['«', '»'], ['“', '”'], ['‘‘', '’’'], ['‘’', '’’'], ['"', '"']];

/** Where the quotation that `offset` lies in closes, or undefined outside any (or if it never closes). */
function quotationEnd(text: string, offset: number): number | undefined {
  const before = text.slice(0, offset);
  for (const [open, close] of QUOTES) {
    const opened = before.split(open).length - 1;
    const inside = open === close ? opened % 2 === 1 : opened > before.split(close).length - 1;
    if (!inside) continue;
    const end = text.indexOf(close, offset);
    if (end >= 0) return end;
  }
  return undefined;
}

/** The items of a list of subjects: cut at top-level commas, then at each "et" that starts one. */
function itemsOf(text: string): string[] {
  const list = text.replace(ATTRIBUTION_TAIL, '').replace(/[\s.!?…]+$/u, '');
  const pieces = splitTopLevel(list, /\s*,\s*(?:et\s+|ainsi que\s+|tout comme\s+)?|\s+ainsi que\s+|\s+tout comme\s+|,?\s+que sur\s+/u);
  // "sur X, sur Y et sur Z": the repeated preposition is no part of the items.
  const first = foldApostrophes(pieces[0] ?? '').replace(/^sur\s+/u, '');
  const sameClass = PARTITIVE.test(first) ? PARTITIVE_AT : DATIVE.test(first) ? DATIVE_AT : ARTICLE_AT;
  // The list ends where its sentence's verb comes: "…l'économie circulaire, sont, entre autres, au programme".
  // …and where its purpose comes: "…, pour réaliser de nouvelles avancées".
  const verbAt = pieces.findIndex((piece, i) => i > 0 && (LIST_ENDING_VERB.test(foldApostrophes(piece)) || PURPOSE.test(foldApostrophes(piece))));
  const listed = verbAt > 0 ? pieces.slice(0, verbAt) : pieces;
  // A relative clause cut off by a comma ("qui ont eu lieu…") is no subject.
  return listed
    .flatMap((piece) => splitOnAnd(piece, sameClass))
    .map((piece) => cleanTopic(withoutRelative(piece)))
    .filter((t) => t !== '' && !/^(?:qui|que|qu'|dont)\b/iu.test(t) && !COUNTED_HEAD.test(t));
}

/** A relative clause in an item: "…de coopération qui unissent les deux pays". */
const RELATIVE = /\s+qui\s+(?!sont\s+(?:liée?s|relati))\p{Ll}/u;
/** Words before a relative clause for it to be cut off: "la situation qui prévaut…" keeps its clause. */
const MIN_HEAD_WORDS = 3;

/** An item without the relative clause closing it, which says what the subject is, not the subject. */
function withoutRelative(piece: string): string {
  const relative = RELATIVE.exec(piece);
  if (!relative) return piece;
  const head = piece.slice(0, relative.index);
  return head.trim().split(/\s+/u).length >= MIN_HEAD_WORDS ? head : piece;
}

/** A head that counts what is listed elsewhere: "trois priorités du gouvernement", "deux axes". */
const COUNTED_HEAD = /^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:priorités|axes|besoins|demandes|attentes|préoccupations|chantiers|points|sujets|dossiers|questions|thèmes)\b/iu;

/** A piece of a list that says what the rest is for: "pour réaliser…", "afin de garantir…". */
const PURPOSE = /^\s*(?:pour|afin d(?:e\s+|')|en vue d(?:e\s+|'))\s*\p{Ll}+(?:er|ir|re)\b/u;

/** A piece of a list that opens with a finite verb: the predicate of the sentence, after its list. */
const LIST_ENDING_VERB = fr(/^\s*(?:sont|est|ont|a|seront|sera|étaient|était|constituent|constitue|figurent|restent|demeurent)\b/iu);

/** "de" or "d'" with no article after it, and a complement of that shape closing the text before an "et". */
const BARE_DE = /^(?:de\s+(?!la\s|l'|les\s)|d')/u;
const BARE_COMPLEMENT_BEFORE = /\s(?:de\s+(?!la\s|l'|les\s)|d')[\p{L}-]+$/u;

/** A noun of action, by its ending: "la défense", "le captage", "la formation", "le renforcement". */
const ACTION_NOUN = String.raw`[\p{L}-]+(?:tion|sion|ment|age|ense)`;
/** An action alone before "et", with at most its article ("…, la défense"). */
const ACTION_ALONE = new RegExp(String.raw`(?:^|,)\s*(?:(?:la|le|les|l')\s*)?${ACTION_NOUN}\s*$`, 'iu');
/** An action after "et" that carries a complement ("la promotion de la démocratie"). */
const ACTION_WITH_COMPLEMENT = new RegExp(String.raw`^(?:(?:la|le|les|l')\s*)?${ACTION_NOUN}\s+(?:de|du|des|d')(?![\p{L}])`, 'iu');

/**
 * "de X et de Y" → two items, but "X de l'information et de la communication" stays whole when
 * items are not partitive: an "et" starts a new item only when the item's determiner follows it.
 */
function splitOnAnd(piece: string, sameClass: RegExp): string[] {
  const folded = foldApostrophes(piece);
  const parts: string[] = [];
  let last = 0;
  for (const match of folded.matchAll(AND)) {
    const next = match.index + match[0].length;
    sameClass.lastIndex = next;
    // "sur A et sur B": the repeated preposition starts the next item, whatever its determiner.
    if (!match[0].endsWith('sur ') && !sameClass.test(folded)) continue;
    // "des relations d'amitié et de coopération": a bare "de" after a bare complement goes on with it.
    const before = folded.slice(Math.max(last, match.index - 60), match.index);
    if (sameClass === PARTITIVE_AT && BARE_DE.test(folded.slice(next, next + 8)) && BARE_COMPLEMENT_BEFORE.test(before)) continue;
    // "la coopération dans le domaine du cinéma et des jeux vidéo": "des" after a complement in
    // "du/de la" carries that complement on, it starts no new item.
    if (sameClass === ARTICLE_AT && folded.startsWith('des ', next) && COMPLEMENT_BEFORE.test(folded.slice(Math.max(last, match.index - 60), match.index))) continue;
    if (BETWEEN_BEFORE.test(folded.slice(Math.max(last, match.index - 60), match.index))) continue;
    // "la défense et la promotion de la démocratie": two actions sharing one complement are one
    // subject (not in a list that repeats "de": "de la production et du dessalement de l'eau").
    if (sameClass === ARTICLE_AT && ACTION_ALONE.test(before) && ACTION_WITH_COMPLEMENT.test(folded.slice(next, next + 60))) continue;
    parts.push(piece.slice(last, match.index));
    last = match.index + match[0].length;
  }
  parts.push(piece.slice(last));
  return parts;
}

/** "et de la formation des ressources humaines," → "formation des ressources humaines"; « X » → X. */
export function cleanTopic(item: string): string {
  let text = cleanItem(item).replace(LEADING_WORDS, '').replace(QUOTED_WHOLE, '$1');
  const partitive = PARTITIVE.exec(foldApostrophes(text)) ?? DATIVE.exec(foldApostrophes(text));
  if (partitive) text = text.slice(partitive[0].length);
  const article = ARTICLE.exec(foldApostrophes(text));
  if (article) text = text.slice(article[0].length);
  return text.replace(/\s*(?:,?\s*etc\.?)$/u, '').trim();
}

/** An item that is a quotation and nothing else: « un partenariat d'égal à égal » → its words. */
const QUOTED_WHOLE = /^[«“"]\s*([^«»“”"]+?)\s*[»”"]$/u;
