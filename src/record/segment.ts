/**
 * Deciding each paragraph's kind: structure first (headline, lead-ins and their items, lists,
 * titles), then the prose rules of `rules.ts`. Every decision names the rule that made it.
 */
import { fr } from './lexicon/compile.js';
import type { ParagraphFacts } from './facts.js';
import { LEAD_RULES, LIST_RULES, PROSE_RULES, firstRule, type ProseRule } from './rules.js';
import type { Decision } from '../types.js';

/** The longest paragraph still read as a short list item after a lead-in. */
const MAX_ITEM_LENGTH = 220;

/**
 * Decisions of the structure pass that no table holds: they depend on the paragraphs around.
 * Each example names the paragraph its rule decides.
 */
export const STRUCTURE_RULES = {
  headline: {
    name: 'headline',
    reason: 'a short first line without final punctuation, over the body: the headline frames the record',
    example: 'Coopération belgo-marocaine\n\nLe ministre belge, Marc Lambert, a reçu son homologue.',
    paragraph: 1,
  },
  documentOfTitles: {
    name: 'document-of-titles',
    reason: 'a text cut by two titles or more whose first line names a section ("Participants") is a structured document, not a headline',
    example: 'Participants\n\nLe ministre belge, Marc Lambert, a reçu son homologue.\n\nÉchanges\n\nLes deux parties ont évoqué l’eau, l’énergie et la santé.\n\nSuite\n\nLa délégation visitera le port.',
    paragraph: 1,
  },
  programmeLine: {
    name: 'programme-line',
    reason: 'inside a programme, a time alone, a day heading or a line without a verb is one of its items',
    example: 'Le ministre belge, Marc Lambert, est attendu lundi à Rabat.\n\nProgramme\n\n10 h 00\n\nAccueil à l’aéroport et entretien avec le wali',
    paragraph: 4,
  },
  programmeHeading: {
    name: 'programme-heading',
    reason: 'a programme opens with a day heading, a time alone, or a heading that names a programme',
    example: 'Le ministre belge, Marc Lambert, est attendu lundi à Rabat.\n\nPROGRAMME DE LA JOURNEE\n\nMardi 4 mai\n\nVisite du port',
    paragraph: 2,
  },
  titleHeadsSection: {
    name: 'title-heads-section',
    reason: 'a title over prose heads what it names, else the programme or the topics under it; a title over other prose frames',
    example: 'Le ministre belge, Marc Lambert, est arrivé lundi.\n\nLa suite\n\nLa délégation visitera le port de Tanger.',
    paragraph: 2,
  },
} as const satisfies Record<string, Omit<ProseRule, 'kind' | 'match'> & { readonly paragraph: number }>;

/**
 * One decision per paragraph.
 * @example segmentRecord(facts of ['Au programme :', 'Un discours,', …]) → [{kind: 'agenda', shape: 'lead', rule: 'lead-programme'}, …]
 */
export function segmentRecord(facts: readonly ParagraphFacts[]): Decision[] {
  const result: (Decision | undefined)[] = facts.map(() => undefined);
  if (facts.length > 1 && facts[0]!.shape.headline) result[0] = { kind: 'context', shape: 'headline', rule: STRUCTURE_RULES.headline.name };

  for (let i = 0; i < facts.length; i += 1) {
    if (result[i]) continue;
    const paragraph = facts[i]!;
    if (paragraph.shape.firstLineColon) {
      // A lead-in and its bullets in one block.
      const lead = firstRule(LEAD_RULES, { lead: paragraph, items: [paragraph] });
      result[i] = { kind: lead.kind, shape: 'item', rule: lead.name };
      continue;
    }
    if (!isLeadIn(paragraph, facts[i + 1])) continue;
    const items = followingItems(facts, i + 1);
    if (items === 0) continue;
    const lead = firstRule(LEAD_RULES, { lead: paragraph, items: facts.slice(i + 1, i + 1 + items) });
    result[i] = { kind: lead.kind, shape: 'lead', rule: lead.name };
    for (let j = i + 1; j <= i + items; j += 1) result[j] = { kind: lead.kind, shape: 'item', rule: lead.name };
    i += items;
  }

  markProgrammes(facts, result);
  const decided = facts.map((paragraph, i): Decision => {
    const structural = result[i];
    if (structural) return structural;
    const rule = firstRule(paragraph.listItem ? LIST_RULES : PROSE_RULES, paragraph);
    return { kind: rule.kind, shape: paragraph.listItem ? 'item' : 'prose', rule: rule.name };
  });
  if (decided[0]?.shape === 'headline' && namesSection(facts[0]!) && facts.slice(1).filter((f) => f.shape.title).length >= 2) {
    decided[0] = { kind: firstRule(LEAD_RULES, { lead: facts[0]!, items: [] }).kind, shape: 'lead', rule: STRUCTURE_RULES.documentOfTitles.name };
  }
  // From the end, so that stacked titles follow the text below them.
  for (let i = decided.length - 2; i >= 0; i -= 1) {
    const here = decided[i]!;
    if (here.shape === 'prose' && here.kind === 'context' && facts[i]!.shape.title) {
      decided[i] = { kind: titleKind(facts[i]!, decided[i + 1]!), shape: 'lead', rule: STRUCTURE_RULES.titleHeadsSection.name };
    }
  }
  return decided;
}

/** A first line that names a section of the record ("Participants", "Programme"), not a headline. */
const namesSection = (paragraph: ParagraphFacts): boolean => paragraph.lead.programme || paragraph.lead.attendees || paragraph.lead.topics;

/** What a title heads: what it names, else the programme or the topics under it, else the framing. */
function titleKind(title: ParagraphFacts, next: Decision): Decision['kind'] {
  if (namesSection(title)) return firstRule(LEAD_RULES, { lead: title, items: [] }).kind;
  return next.kind === 'agenda' || next.kind === 'topics' ? next.kind : 'context';
}

/** A paragraph that opens a programme: a day heading, a time alone, a heading naming a programme. */
const opensProgramme = (paragraph: ParagraphFacts): boolean =>
  paragraph.shape.dayHeading || paragraph.shape.timeOnly || (paragraph.shape.title && paragraph.lead.programme);

/**
 * A paragraph that goes on with the programme above it: a time, a timed line, a day heading, a
 * list, or a line without a verb — but not a heading over prose ("Une coopération ancienne").
 */
function continuesProgramme(paragraph: ParagraphFacts, next: ParagraphFacts | undefined): boolean {
  const { shape } = paragraph;
  if (shape.timed || shape.timeOnly || shape.dayHeading || paragraph.listItem) return true;
  if (!shape.verbless || paragraph.paragraph.plain.length > MAX_ITEM_LENGTH || readsAsProse(paragraph)) return false;
  const headsProse = shape.title && next !== undefined && (!next.shape.verbless || readsAsProse(next)) && !next.listItem && !next.shape.timed;
  return !headsProse;
}

/** Words past which a sentence closed by a period is prose, whatever verb the cues miss ("L'entente prévoit…"). */
const PROSE_WORDS = 20;
/** A subject opening a sentence: a determiner or a pronoun. A programme's lines open with their noun ("Accueil par…"). */
const OPENS_WITH_SUBJECT = fr(/^(?:le|la|les|l'|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|nous|on)\b/iu);

/** A long sentence opened by its subject and closed by a period: prose, not a line of a programme ("Visite du port."). */
function readsAsProse(paragraph: ParagraphFacts): boolean {
  const text = paragraph.paragraph.plain.trim();
  return /[.!?…»"]$/u.test(text) && text.split(/\s+/u).length > PROSE_WORDS && OPENS_WITH_SUBJECT.test(paragraph.folded);
}

/**
 * Programmes written as a run of lines: after a programme's opening, its times, day headings and
 * verbless lines are its items, until prose comes back. Lists and timed lines keep their own rules.
 */
function markProgrammes(facts: readonly ParagraphFacts[], result: (Decision | undefined)[]): void {
  let inProgramme = false;
  facts.forEach((paragraph, i) => {
    const decided = result[i];
    if (decided) {
      inProgramme = decided.kind === 'agenda';
      return;
    }
    if (paragraph.listItem) return; // a list decides its own kind, and the programme goes on around it
    if (opensProgramme(paragraph)) {
      result[i] = { kind: 'agenda', shape: 'lead', rule: STRUCTURE_RULES.programmeHeading.name };
      inProgramme = true;
    } else if (inProgramme && continuesProgramme(paragraph, facts[i + 1])) {
      result[i] = { kind: 'agenda', shape: 'item', rule: STRUCTURE_RULES.programmeLine.name };
    } else {
      inProgramme = paragraph.shape.timed;
    }
  });
}

/**
 * A lead-in: a paragraph ending with a colon, or a short title without final punctuation
 * right before a list or a timed programme line ("## Prochaines étapes", "Programme").
 */
function isLeadIn(paragraph: ParagraphFacts, next: ParagraphFacts | undefined): boolean {
  if (paragraph.shape.endsWithColon) return true;
  return next !== undefined && (next.listItem || next.shape.timed) && paragraph.shape.shortLine;
}

/** How many paragraphs after a lead-in read as its items (list items or short phrases). */
function followingItems(facts: readonly ParagraphFacts[], from: number): number {
  let count = 0;
  // Timed lines ("Samedi 9 h : visite de Gorée.") run on while they last, periods or not.
  if (facts[from]?.shape.timed) {
    while (facts[from + count]?.shape.timed && facts[from + count]!.paragraph.plain.trim().length <= MAX_ITEM_LENGTH) count += 1;
    return count;
  }
  for (let j = from; j < facts.length; j += 1) {
    const candidate = facts[j]!;
    const text = candidate.paragraph.plain.trim();
    // Items share one shape: bullets with bullets, short phrases with short phrases.
    if (count > 0 && candidate.listItem !== facts[from]!.listItem) break;
    if (!candidate.listItem && (text.length > MAX_ITEM_LENGTH || candidate.sentences.length > 1 || candidate.shape.endsWithColon)) break;
    count += 1;
    // A short phrase ending with a period closes the list, unless it is a markdown list item.
    if (!candidate.listItem && /[.!?]$/u.test(text)) break;
  }
  return count;
}
