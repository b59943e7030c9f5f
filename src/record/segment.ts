/**
 * Deciding each paragraph's kind: structure first (headline, lead-ins and their items, lists,
 * titles), then the prose rules of `rules.ts`. Every decision names the rule that made it.
 */
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
    reason: 'a text cut by two titles or more is a structured document: its first line titles its first section',
    example: 'Le ministre belge reçoit son homologue marocain\n\nAccueil\n\nLe ministre belge, Marc Lambert, a reçu son homologue.\n\nÉchanges\n\nLes deux parties ont évoqué l’eau, l’énergie et la santé.',
    paragraph: 1,
  },
  titleHeadsSection: {
    name: 'title-heads-section',
    reason: 'a title over prose, with no cue of its own, heads the section of the paragraph under it',
    example: 'Le ministre belge, Marc Lambert, est arrivé lundi.\n\nSuite de la visite\n\nLa délégation visitera le port de Tanger.',
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
      const lead = firstRule(LEAD_RULES, paragraph);
      result[i] = { kind: lead.kind, shape: 'item', rule: lead.name };
      continue;
    }
    if (!isLeadIn(paragraph, facts[i + 1])) continue;
    const items = followingItems(facts, i + 1);
    if (items === 0) continue;
    const lead = firstRule(LEAD_RULES, paragraph);
    result[i] = { kind: lead.kind, shape: 'lead', rule: lead.name };
    for (let j = i + 1; j <= i + items; j += 1) result[j] = { kind: lead.kind, shape: 'item', rule: lead.name };
    i += items;
  }

  const decided = facts.map((paragraph, i): Decision => {
    const structural = result[i];
    if (structural) return structural;
    const rule = firstRule(paragraph.listItem ? LIST_RULES : PROSE_RULES, paragraph);
    return { kind: rule.kind, shape: paragraph.listItem ? 'item' : 'prose', rule: rule.name };
  });
  if (decided[0]?.shape === 'headline' && facts.slice(1).filter((f) => f.shape.title).length >= 2) {
    decided[0] = { kind: 'context', shape: 'prose', rule: STRUCTURE_RULES.documentOfTitles.name };
  }
  // From the end, so that stacked titles follow the text below them.
  for (let i = decided.length - 2; i >= 0; i -= 1) {
    const here = decided[i]!;
    if (here.shape === 'prose' && here.kind === 'context' && facts[i]!.shape.title) {
      decided[i] = { kind: decided[i + 1]!.kind, shape: 'lead', rule: STRUCTURE_RULES.titleHeadsSection.name };
    }
  }
  return decided;
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
