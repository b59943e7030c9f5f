/** The subjects discussed: the items of the enumerations in the topics section. */
import { ATTRIBUTION_TAIL, ENUMERATION_START, TOPIC_VERB, foldApostrophes } from './cues.js';
import type { Assignment } from './segment.js';
import { cleanItem, splitSentences, splitTopLevel } from './text.js';
import type { Item, Paragraph } from '../types.js';

/** Determiners by class: an enumeration repeats the class of its first item ("de l'IA, de la…"). */
const PARTITIVE = /^(?:(?:de la|du|des|de)\s+|de l'|d')/iu;
const ARTICLE = /^(?:(?:les|la|le|une|un|des)\s+|l')/iu;
const LEADING_WORDS = /^(?:(?:et|ainsi que|notamment|en particulier|surtout|mais aussi|aussi|également|dont|sur|plusieurs \S+)[\s,]+)+/iu;
const MAX_TOPIC_LENGTH = 120;
/** A time or circumstance between commas right after the opener: ", lors de cette audience,". */
const LEADING_INCISE = /^\s*,\s*(?:lors|au cours|à l'occasion|à cette occasion|durant|pendant|en outre|par ailleurs|de plus|également|aussi|enfin|selon|d'après)\b[^,]{0,60},\s*/iu;

/**
 * Lists the topics of the paragraphs assigned to `topics`, as short phrases without articles.
 * @example extractTopics(['…dans les domaines de l'énergie et des transports.']) → ['énergie', 'transports']
 */
export function extractTopics(paragraphs: readonly Paragraph[], assignments: readonly Assignment[]): Item[] {
  const topics: Item[] = [];
  paragraphs.forEach((paragraph, i) => {
    const assignment = assignments[i];
    // A speaker's paragraph may list subjects too: "…, avec qui il a évoqué A, B et C".
    if (assignment?.kind === 'participants' && assignment.shape === 'prose' && TOPIC_VERB.test(foldApostrophes(paragraph.plain))) {
      for (const sentence of splitSentences(paragraph.plain)) {
        const items = enumerationOf(sentence.text);
        if (items.length >= 2) for (const text of items) topics.push({ text, paragraph: paragraph.n });
      }
      return;
    }
    if (assignment?.kind !== 'topics') return;
    if (assignment.shape === 'item') {
      for (const line of paragraph.plain.split('\n')) if (!/:\s*$/u.test(line)) topics.push({ text: cleanTopic(line), paragraph: paragraph.n });
    } else if (assignment.shape === 'prose') {
      for (const sentence of splitSentences(paragraph.plain)) {
        for (const text of enumerationOf(sentence.text)) topics.push({ text, paragraph: paragraph.n });
      }
    }
  });
  const seen = new Set<string>();
  return topics.filter(({ text }) => {
    const key = text.toLocaleLowerCase('fr');
    if (text.length < 2 || text.length > MAX_TOPIC_LENGTH || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The items after the last enumeration opener of a sentence (topic verb, "notamment", colon). */
export function enumerationOf(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  let start = -1;
  for (const match of folded.matchAll(ENUMERATION_START)) start = match.index + match[0].length;
  if (start < 0) return [];
  // "Il a été question, lors de cette audience, du développement…": the incise is no item.
  const list = sentence.slice(start).replace(LEADING_INCISE, '').replace(ATTRIBUTION_TAIL, '').replace(/[\s.!?…]+$/u, '');
  const pieces = splitTopLevel(list, /\s*,\s*(?:et\s+|ainsi que\s+)?|\s+ainsi que\s+/u);
  // "sur X, sur Y et sur Z": the repeated preposition is no part of the items.
  const first = foldApostrophes(pieces[0] ?? '').replace(/^sur\s+/u, '');
  const sameClass = PARTITIVE.test(first) ? PARTITIVE : ARTICLE;
  return pieces.flatMap((piece) => splitOnAnd(piece, sameClass)).map(cleanTopic).filter((t) => t !== '');
}

/** "de X et de Y" → two items, but "X de l'information et de la communication" stays whole when items are not partitive. */
function splitOnAnd(piece: string, sameClass: RegExp): string[] {
  const parts: string[] = [];
  let rest = piece;
  for (;;) {
    const folded = foldApostrophes(rest);
    const at = [...folded.matchAll(/\s+et\s+(?:sur\s+)?/gu)].find((m) => sameClass.test(folded.slice(m.index + m[0].length)));
    if (!at) break;
    parts.push(rest.slice(0, at.index));
    rest = rest.slice(at.index + at[0].length);
  }
  parts.push(rest);
  return parts;
}

/** "et de la formation des ressources humaines," → "formation des ressources humaines". */
export function cleanTopic(item: string): string {
  let text = cleanItem(item).replace(LEADING_WORDS, '');
  const folded = foldApostrophes(text);
  const partitive = PARTITIVE.exec(folded);
  if (partitive) text = text.slice(partitive[0].length);
  const article = ARTICLE.exec(foldApostrophes(text));
  if (article) text = text.slice(article[0].length);
  return text.replace(/\s*(?:,?\s*etc\.?)$/u, '').trim();
}
