/** The programme of the visit: list items after a lead-in, bullets, or future-tense prose. */
import { AGENDA_FUTURE_VERB, AWAITED, VISIT_MOVE_PAST, foldApostrophes, fr } from './cues.js';
import type { Assignment } from './segment.js';
import { cleanItem, splitSentences, splitTopLevel } from './text.js';
import type { Item, Paragraph } from '../types.js';

/** After these, a programme lists nouns: "figurent :", "comprend", "sont prévus". */
const NOUN_LIST_START = fr(/(?::|\bfigur\S*(?:\s+(?:également|aussi|notamment))?|\bcompren\S*|\bprévoit|\bprévue?s?|\bau programme(?:\s+(?:de la|du|de cette|de ce)\s+\S+)?|\b(?:marquée?s?|ponctuée?s?|achevée?s?|terminée?s?|conclue?s?)\s+(?:notamment\s+)?par|\bl'occasion\s+d[e'])\s*/giu);
/** Where the next item of a noun list starts: an article after a comma or "et". */
const NEXT_NOUN_ITEM = /\s*,\s*(?:et\s+)?(?:par\s+)?(?=(?:un|une|des|la|le|les|l'|du|de la)\s)|\s+et\s+(?:par\s+)?(?=(?:un|une|des|la|le|les|l'|du|de la)\s)/u;

/**
 * Lists the programme items of the paragraphs assigned to `agenda`, as clean phrases.
 * @example extractAgenda(['Au programme :', 'Un discours,', 'Et des visites.']) → ['Un discours', 'des visites']
 */
export function extractAgenda(paragraphs: readonly Paragraph[], assignments: readonly Assignment[]): Item[] {
  const items: Item[] = [];
  paragraphs.forEach((paragraph, i) => {
    const assignment = assignments[i];
    if (assignment?.kind !== 'agenda' || assignment.shape === 'lead') return;
    if (assignment.shape === 'item') {
      for (const line of paragraph.plain.split('\n')) if (!/:\s*$/u.test(line)) items.push({ text: cleanItem(line), paragraph: paragraph.n });
      return;
    }
    for (const sentence of splitSentences(paragraph.plain)) {
      for (const text of programmeOf(sentence.text)) items.push({ text, paragraph: paragraph.n });
    }
  });
  return items.filter((item) => item.text !== '');
}

/** One sentence of prose: its future moves ("visitera X, rencontrera Y") or its listed nouns. */
export function programmeOf(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  const verb = AGENDA_FUTURE_VERB.exec(folded);
  let nounStart = -1;
  for (const match of folded.matchAll(NOUN_LIST_START)) nounStart = match.index + match[0].length;
  if (verb && (nounStart < 0 || verb.index < nounStart)) {
    return splitMoves(sentence.slice(verb.index)).map(cleanItem);
  }
  if (nounStart < 0) {
    // "s'est rendu au port, où il a visité la plateforme, puis à l'usine": one move as told.
    const past = VISIT_MOVE_PAST.exec(folded) ?? AWAITED.exec(folded);
    return past ? [cleanItem(sentence.slice(past.index))] : [];
  }
  // "Il est prévu que Mme X s'entretienne…": the item starts after "que".
  return splitTopLevel(sentence.slice(nounStart).replace(/^qu(?:e\s+|['’])/u, ''), NEXT_NOUN_ITEM).map(cleanItem);
}

/** Cuts a run of future moves before each separator that a new future verb follows. */
function splitMoves(moves: string): string[] {
  const folded = foldApostrophes(moves);
  const items: string[] = [];
  let last = 0;
  for (const separator of folded.matchAll(/\s*,\s*(?:et\s+|puis\s+)?|\s+(?:et|puis)\s+/gu)) {
    const next = separator.index + separator[0].length;
    if (AGENDA_FUTURE_VERB.exec(folded.slice(next))?.index !== 0) continue;
    items.push(moves.slice(last, separator.index));
    last = next;
  }
  items.push(moves.slice(last));
  return items;
}
