/** Deciding which of the five kinds each paragraph belongs to, from French cues in the text. */
import {
  AGENDA_FUTURE_VERB, AGENDA_LEAD, ATTENDEES_OPENING, AWAITED, BACKGROUND_VERB, CONTEXT_CUE, ENUMERATION_MARKER, ETAIT_PLUPERFECT, FINITE_VERB,
  INVITATION, INVITATION_BACKGROUND, INVITATION_TARGET, JOINT_STATEMENT, PARTICIPANT_LEAD, REPORTED_THAT, SIDE_SUBJECT, TIMED_ENTRY, TOPIC_NOUN,
  TOPIC_VERB, VISIT_FRAME, VISIT_FRAME_VERB, VISIT_MOVE_PAST, foldApostrophes,
} from './cues.js';
import type { PeopleAnalysis } from './participants.js';
import { enumerationOf } from './topics.js';
import { endsWithColon, splitSentences } from './text.js';
import type { Paragraph, SectionKind } from '../types.js';

/** How a paragraph sits in its section: a list lead-in, a list item, or running prose. */
export type Shape = 'lead' | 'item' | 'prose' | 'headline';

export interface Assignment {
  readonly kind: SectionKind;
  readonly shape: Shape;
}

/** The longest paragraph still read as a short list item after a lead-in. */
const MAX_ITEM_LENGTH = 220;
const MAX_HEADLINE_LENGTH = 160;
/** The longest title-like line read as the lead-in of the list under it. */
const MAX_HEADING_LENGTH = 80;

/**
 * Assigns every paragraph exactly one kind. Structure first (headline, lead-in with its items,
 * lists), then the cues of each prose paragraph in order of strength.
 * @example segmentParagraphs([lead 'Au programme :', item 'Un discours,', …]) → [{kind: 'agenda', shape: 'lead'}, …]
 */
export function segmentParagraphs(paragraphs: readonly Paragraph[], people: PeopleAnalysis): Assignment[] {
  const result: (Assignment | undefined)[] = paragraphs.map(() => undefined);
  if (paragraphs.length > 1 && isHeadline(paragraphs[0]!)) result[0] = { kind: 'context', shape: 'headline' };

  for (let i = 0; i < paragraphs.length; i += 1) {
    if (result[i]) continue;
    const paragraph = paragraphs[i]!;
    const firstLine = paragraph.plain.split('\n')[0] ?? '';
    if (paragraph.listItem && endsWithColon(firstLine)) {
      result[i] = { kind: leadInKind(firstLine), shape: 'item' }; // a lead-in and its bullets in one block
      continue;
    }
    if (!isLeadIn(paragraph, paragraphs[i + 1])) continue;
    const items = followingItems(paragraphs, i + 1);
    if (items === 0) continue;
    const kind = leadInKind(paragraph.plain);
    result[i] = { kind, shape: 'lead' };
    for (let j = i + 1; j <= i + items; j += 1) result[j] = { kind, shape: 'item' };
    i += items;
  }

  for (let i = 0; i < paragraphs.length; i += 1) {
    if (result[i]) continue;
    const paragraph = paragraphs[i]!;
    if (paragraph.listItem) {
      result[i] = { kind: listKind(paragraph, people), shape: 'item' };
      continue;
    }
    result[i] = { kind: proseKind(paragraph, people), shape: 'prose' };
  }
  const assigned = result.map((a) => a ?? { kind: 'context' as const, shape: 'prose' as const });
  // A text cut by two or more titles is a structured document: its first line is the title of
  // its first section ("## Participants"), not a headline over the whole.
  if (assigned[0]?.shape === 'headline' && paragraphs.slice(1).filter(isTitle).length >= 2) assigned[0] = { kind: 'context', shape: 'prose' };
  // A title over prose ("## Échanges", "Suite de la visite") with no cue of its own heads the
  // section of the paragraph under it. From the end, so stacked titles follow the text below.
  for (let i = assigned.length - 2; i >= 0; i -= 1) {
    const here = assigned[i]!;
    if (here.shape === 'prose' && here.kind === 'context' && isTitle(paragraphs[i]!)) assigned[i] = { kind: assigned[i + 1]!.kind, shape: 'lead' };
  }
  return assigned;
}

/** A short line, not a list item, without final punctuation: a heading's shape. */
function isShortLine(paragraph: Paragraph): boolean {
  const text = paragraph.plain.trim();
  return !paragraph.listItem && text.length <= MAX_HEADING_LENGTH && !/[.!?;,:…»"]$/u.test(text);
}

/** A short line without a finite verb: a title ("Participants", "## Échanges"). */
const isTitle = (paragraph: Paragraph): boolean => isShortLine(paragraph) && !FINITE_VERB.test(paragraph.plain);

/** A short first line without final punctuation, before the body: a headline. */
export function isHeadline(paragraph: Paragraph): boolean {
  const text = paragraph.plain.trim();
  return (
    !paragraph.listItem && text.length <= MAX_HEADLINE_LENGTH && !/[.:;,]$/u.test(text) &&
    splitSentences(text).length === 1 && !text.includes('\n')
  );
}

/** A paragraph that opens with a day or time, "Vendredi 10 h : accueil…": a programme line. */
const isTimed = (paragraph: Paragraph): boolean => !paragraph.listItem && TIMED_ENTRY.test(paragraph.plain.trim());

/**
 * A lead-in: a paragraph ending with a colon, or a short title without final punctuation
 * right before a list or a timed programme line ("## Prochaines étapes", "Programme").
 */
function isLeadIn(paragraph: Paragraph, next: Paragraph | undefined): boolean {
  if (endsWithColon(paragraph.plain)) return true;
  return next !== undefined && (next.listItem || isTimed(next)) && isShortLine(paragraph);
}

/** How many paragraphs after a lead-in read as its items (list items or short phrases). */
function followingItems(paragraphs: readonly Paragraph[], from: number): number {
  let count = 0;
  // Timed lines ("Samedi 9 h : visite de Gorée.") run on while they last, periods or not.
  if (paragraphs[from] && isTimed(paragraphs[from])) {
    while (paragraphs[from + count] && isTimed(paragraphs[from + count]!) && paragraphs[from + count]!.plain.trim().length <= MAX_ITEM_LENGTH) count += 1;
    return count;
  }
  for (let j = from; j < paragraphs.length; j += 1) {
    const candidate = paragraphs[j]!;
    const text = candidate.plain.trim();
    // Items share one shape: bullets with bullets, short phrases with short phrases.
    if (count > 0 && candidate.listItem !== paragraphs[from]!.listItem) break;
    if (!candidate.listItem && (text.length > MAX_ITEM_LENGTH || splitSentences(text).length > 1 || endsWithColon(text))) break;
    count += 1;
    // A short phrase ending with a period closes the list, unless it is a markdown list item.
    if (!candidate.listItem && /[.!?]$/u.test(text)) break;
  }
  return count;
}

/** The kind a list lead-in announces: a programme, who took part, or what was discussed. */
function leadInKind(leadIn: string): SectionKind {
  const text = foldApostrophes(leadIn);
  if (AGENDA_LEAD.test(text)) return 'agenda';
  if (PARTICIPANT_LEAD.test(text)) return 'participants';
  if (TOPIC_NOUN.test(text) || TOPIC_VERB.test(text)) return 'topics';
  return 'agenda';
}

/** A list with no lead-in: people with their roles, or else the items of a programme. */
function listKind(paragraph: Paragraph, people: PeopleAnalysis): SectionKind {
  const mentions = people.paragraphs.get(paragraph.n)?.mentions ?? [];
  return mentions.some((m) => m.role !== null) ? 'participants' : 'agenda';
}

/** Prose, strongest cue first: invitation, programme, a person speaking, a discussion, framing. */
function proseKind(paragraph: Paragraph, people: PeopleAnalysis): SectionKind {
  const text = foldApostrophes(paragraph.plain);
  const info = people.paragraphs.get(paragraph.n);
  if (invites(text)) return 'invitation';
  if (announcesProgramme(text) || isTimed(paragraph)) return 'agenda';
  // "En 2023, le président X avait reçu…": a pluperfect tells what came before the meeting.
  if (info?.subject?.verb && BACKGROUND_VERB.test(info.subject.verb) && info.subject.kind !== 'pronoun' && pastPerfect(paragraph.plain, info.subject)) return 'context';
  // "Au cours de sa visite, M. X s'est rendu au port…": the programme as it happened, once the
  // people are known and when nobody is quoted.
  const unquoted = !REPORTED_THAT.test(text) && !/[«"“]/u.test(text);
  if (!info?.introduces && unquoted && (VISIT_MOVE_PAST.test(text) || AWAITED.test(text))) return 'agenda';
  // "M. X effectue une visite en Chine du 11 au 14 mai…": the frame, once the people are known.
  if (!info?.introduces && info?.subject?.verb && VISIT_FRAME_VERB.test(info.subject.verb) && VISIT_FRAME.test(text)) return 'context';
  // "Ont pris part… X et Y": a list of attendees, when it names them.
  if (info?.actor || (PARTICIPANT_LEAD.test(text) && (info?.mentions.length ?? 0) > 0) || ATTENDEES_OPENING.test(text)) return 'participants';
  // "Le chef de la diplomatie française s'est entretenu…", "La partie chinoise a exprimé…": one
  // person or one side acting, even when the text never names them.
  if ((info?.subject?.kind === 'role' && info.subject.verb) || SIDE_SUBJECT.test(text)) return 'participants';
  if (topicScore(text) >= 2 || JOINT_STATEMENT.test(text)) return 'topics';
  if (info?.introduces && !CONTEXT_CUE.test(text)) return 'participants';
  return 'context';
}

/**
 * "était venu", "avait reçu": a tense of before. "était" alone is a state of the moment ("Le
 * ministre était lundi à Varsovie": the visit itself), so it needs a participle after it.
 */
function pastPerfect(plain: string, subject: { readonly end: number; readonly verb?: string }): boolean {
  return !/^(?:était|étaient)$/u.test(subject.verb ?? '') || ETAIT_PLUPERFECT.test(plain.slice(subject.end));
}

const INVITATION_BACKGROUND_ALL = new RegExp(INVITATION_BACKGROUND.source, 'giu');

/** An active invitation to an event, a visit or a place; "à l'invitation de" is background. */
function invites(text: string): boolean {
  const active = text.replace(INVITATION_BACKGROUND_ALL, ' ');
  const match = INVITATION.exec(active);
  return match !== null && INVITATION_TARGET.test(active.slice(match.index, match.index + 200));
}

/** "Au programme…", "sont prévus…", "la délégation se rendra…": not inside reported speech. */
function announcesProgramme(text: string): boolean {
  for (const cue of [AGENDA_LEAD, AGENDA_FUTURE_VERB]) {
    const match = cue.exec(text);
    if (match && !REPORTED_THAT.test(text.slice(0, match.index))) return true;
  }
  return false;
}

/**
 * How strongly a paragraph reads as a list of subjects: a topic verb (2), a topic noun (1),
 * an enumeration marker (1), an enumeration of three or more items, or two after a colon (1).
 */
export function topicScore(text: string): number {
  let score = 0;
  if (TOPIC_VERB.test(text)) score += 2;
  if (TOPIC_NOUN.test(text)) score += 1;
  if (ENUMERATION_MARKER.test(text)) score += 1;
  // Three items or more; two when a colon announces them ("deux accords : sur A et sur B").
  if (splitSentences(text).some((sentence) => enumerationOf(sentence.text).length >= (sentence.text.includes(':') ? 2 : 3))) score += 1;
  return score;
}
