/**
 * Scores a split against its labels: one record at a time (`scoreRecord`), then the corpus
 * figures pooled over records (`summarise`). Pure: it reads the API document the viewer serves
 * for a record (`GET /api/records/<slug>`, built by `recordJson`) and the labels, nothing else.
 */
import type { SectionKind } from '../types.js';
import type { Labels } from './labels.js';
import { fold, sameName, samePhrase, sameTopic, tallyPhrases, type PhraseTally } from './match.js';

/** The parts of a record's API document that are scored (see src/site/api.ts). */
export interface ScoredDocument {
  readonly file: string;
  /** `rule`, when the API gives it, names the rule that decided the paragraph's kind. */
  readonly paragraphs: readonly { readonly n: number; readonly text: string; readonly rule?: string | null }[];
  readonly sections: readonly { readonly kind: SectionKind; readonly paragraphs: readonly number[] }[];
  readonly participants: readonly { readonly name: string }[];
  readonly topics: readonly string[];
  readonly agenda: readonly string[];
  readonly invitation: { readonly paragraph: number } | null;
}

/** A labelled paragraph the split put in no accepted kind (`given` null: not found, or in no section). */
export interface WrongParagraph {
  readonly n: number;
  readonly given: SectionKind | null;
  readonly accepted: readonly SectionKind[];
  /** The rule that gave the kind, when the API names it. */
  readonly rule: string | null;
}

export interface RecordScore {
  readonly name: string;
  /** False when there was no record to score: every label then counts as missed. */
  readonly scored: boolean;
  readonly paragraphs: { readonly right: number; readonly total: number; readonly wrong: readonly WrongParagraph[] };
  readonly people: { readonly found: number; readonly gold: number; readonly extra: number };
  readonly agenda: PhraseTally;
  readonly topics: PhraseTally;
  /** The invitation points at the right paragraph, or there is rightly none. */
  readonly invitation: boolean;
}

type ServedParagraph = ScoredDocument['paragraphs'][number];

/**
 * Finds each labelled paragraph by its opening words, in order: each search starts after the
 * last paragraph found (so a heading that repeats an earlier opening finds its own paragraph),
 * a paragraph that starts with the words before one that only holds them, then from the top.
 */
function findParagraphs(labels: Labels, document: ScoredDocument): Map<number, ServedParagraph> {
  const served = document.paragraphs.map((p) => ({ p, text: fold(p.text) }));
  const found = new Map<number, ServedParagraph>();
  let cursor = 0;
  const search = (key: string, from: number) => {
    const rest = served.slice(from);
    return rest.find((s) => s.text.startsWith(key)) ?? rest.find((s) => s.text.includes(key));
  };
  for (const g of labels.paragraphs) {
    const key = fold(g.start);
    const hit = search(key, cursor) ?? search(key, 0);
    if (!hit) continue;
    cursor = served.indexOf(hit) + 1;
    found.set(g.n, hit.p);
  }
  return found;
}

/** Pairs labelled and predicted names one to one, first come first served; counts found and extra. */
function scorePeople(labels: Labels, document: ScoredDocument): RecordScore['people'] {
  const predicted = document.participants.map((p) => fold(p.name)).filter((name) => name !== '');
  const taken = new Set<number>();
  for (const gold of labels.participants.map((p) => fold(p.name))) {
    const i = predicted.findIndex((name, j) => !taken.has(j) && sameName(name, gold));
    if (i >= 0) taken.add(i);
  }
  return { found: taken.size, gold: labels.participants.length, extra: predicted.length - taken.size };
}

/**
 * Right when there is rightly no invitation, or when it points at the labelled paragraph or at
 * another one whose accepted kinds include the invitation (a report may repeat it: in its
 * headline, then in the body).
 */
function scoreInvitation(labels: Labels, document: ScoredDocument, found: Map<number, ServedParagraph>): boolean {
  const labelled = labels.invitation?.paragraph ?? null;
  if (labelled === null) return document.invitation === null;
  const accepted = labels.paragraphs.filter((g) => g.n === labelled || g.kinds.includes('invitation')).map((g) => found.get(g.n)?.n);
  return document.invitation !== null && accepted.includes(document.invitation.paragraph);
}

/** Scores one record's API document against its labels; `undefined` when no record was split for them. */
export function scoreRecord(name: string, labels: Labels, document: ScoredDocument | undefined): RecordScore {
  const none = { found: 0, right: 0, predicted: 0 };
  if (!document) {
    return {
      name,
      scored: false,
      paragraphs: { right: 0, total: labels.paragraphs.length, wrong: [] },
      people: { found: 0, gold: labels.participants.length, extra: 0 },
      agenda: { ...none, gold: labels.agenda.length },
      // eval-split.mjs leaves the topics of a record it cannot find out of its figures: so do we, to agree with it.
      topics: { ...none, gold: 0 },
      invitation: false,
    };
  }
  const kindOf = new Map(document.sections.flatMap((s) => s.paragraphs.map((n) => [n, s.kind] as const)));
  const found = findParagraphs(labels, document);
  const wrong: WrongParagraph[] = [];
  for (const g of labels.paragraphs) {
    const served = found.get(g.n);
    const given = served ? (kindOf.get(served.n) ?? null) : null;
    if (given === null || !g.kinds.includes(given)) wrong.push({ n: g.n, given, accepted: g.kinds, rule: served?.rule ?? null });
  }
  return {
    name,
    scored: true,
    paragraphs: { right: labels.paragraphs.length - wrong.length, total: labels.paragraphs.length, wrong },
    people: scorePeople(labels, document),
    agenda: tallyPhrases(labels.agenda, document.agenda, samePhrase),
    topics: tallyPhrases(labels.topics, document.topics, sameTopic),
    invitation: scoreInvitation(labels, document, found),
  };
}

/** The corpus figures, each between 0 and 1. */
export interface Summary {
  /** Mean over records of the share of paragraphs in an accepted kind: each record weighs the same. */
  readonly para: number;
  /** The same share over all paragraphs pooled: a long programme weighs more. */
  readonly paraPooled: number;
  readonly peopleF1: number;
  readonly agendaF1: number;
  readonly agendaRecall: number;
  readonly topicsF1: number;
  readonly topicsRecall: number;
  /** Share of records whose invitation is right. */
  readonly invite: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Pools phrase tallies; recall and precision of an empty side count as perfect only when both are empty. */
function phraseFigures(tallies: readonly PhraseTally[]): { f1: number; recall: number } {
  const total = (key: keyof PhraseTally): number => sum(tallies.map((t) => t[key]));
  const recall = ratio(total('found'), total('gold'));
  const precision = total('predicted') === 0 ? (total('gold') === 0 ? 1 : 0) : total('right') / total('predicted');
  return { f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision), recall };
}

/** Pools the records' scores into the corpus figures (people, agenda and topics are pooled F1). */
export function summarise(scores: readonly RecordScore[]): Summary {
  const perRecord = scores.map((s) => (s.paragraphs.total === 0 ? 0 : s.paragraphs.right / s.paragraphs.total));
  const found = sum(scores.map((s) => s.people.found));
  const missed = sum(scores.map((s) => s.people.gold - s.people.found));
  const extra = sum(scores.map((s) => s.people.extra));
  const agenda = phraseFigures(scores.map((s) => s.agenda));
  const topics = phraseFigures(scores.map((s) => s.topics));
  return {
    para: scores.length === 0 ? 0 : sum(perRecord) / scores.length,
    paraPooled: ratio(sum(scores.map((s) => s.paragraphs.right)), sum(scores.map((s) => s.paragraphs.total))),
    peopleF1: found === 0 ? 0 : (2 * found) / (2 * found + missed + extra),
    agendaF1: agenda.f1,
    agendaRecall: agenda.recall,
    topicsF1: topics.f1,
    topicsRecall: topics.recall,
    invite: ratio(scores.filter((s) => s.invitation).length, scores.length),
  };
}
