/**
 * Each paragraph read once: its folded text, sentences, shape, people and cue hits, in one typed
 * value that the rules (`rules.ts`, `structure.ts`) and the extractors (`extract/`) share.
 * Facts say what the text shows; deciding what it means is the rules' work.
 */
import {
  AGENDA_FUTURE_VERB, AGENDA_LEAD, AWAITED, CLOCK_TIME, DAY_HEADING, OPENS_WITH_TIME, PROGRAMME_TITLE, TIMED_ENTRY, TIME_ONLY,
  EVENT_LINE, VISIT_MOVE_PAST, VISIT_STEP_PAST,
} from './cues/programme.js';
import {
  ATTENDEES_OPENING, BACKGROUND_VERB, CONTEXT_CUE, ETAIT_PLUPERFECT, PARTICIPANT_LEAD, VISIT_FRAME, VISIT_FRAME_VERB,
} from './cues/framing.js';
import { INVITATION, INVITATION_BACKGROUND, INVITATION_TARGET } from './cues/invitation.js';
import { CLOSING_PUNCTUATION, LIST_MARKER, SPACED_LETTERS } from './cues/shape.js';
import { FINITE_VERB, REPORTED_THAT, SIDE_SUBJECT } from './cues/speech.js';
import { CONCERNS_LISTED, ENUMERATION_MARKER, JOINT_STATEMENT, SIGNED, TOPIC_NOUN, TOPIC_VERB } from './cues/topics.js';
import { enumerationOf } from './extract/enumeration.js';
import { lazily } from './lazily.js';
import { foldApostrophes } from './lexicon/compile.js';
import { analysePeople, type ParagraphPeople, type PeopleAnalysis } from './participants.js';
import type { Subject } from './subject.js';
import { endsWithColon, splitSentences, type Sentence } from './text.js';
import type { Paragraph } from '../types.js';

/** The longest title-like line read as a heading (the lead-in of the list under it). */
const MAX_HEADING_LENGTH = 80;
const MAX_HEADLINE_LENGTH = 160;
/** The longest one-line list item read as an item rather than as a numbered paragraph of prose. */
const MAX_LIST_ITEM_LENGTH = 400;

/** What the paragraph looks like, whatever it says. */
export interface ShapeFacts {
  /** The paragraph ends with a colon: it introduces what follows. */
  readonly endsWithColon: boolean;
  /** A bulleted block whose first line ends with a colon: a lead-in and its items in one block. */
  readonly firstLineColon: boolean;
  /** A short line without final punctuation, not a list item: a heading's shape. */
  readonly shortLine: boolean;
  /** A short line without a finite verb: a title ("Participants", "## Échanges"). */
  readonly title: boolean;
  /** A single short sentence without final punctuation: a headline's shape. */
  readonly headline: boolean;
  /** It opens with its day or time and a separator: "Vendredi 10 h : accueil…". */
  readonly timed: boolean;
  /** A list whose lines open with their clock time: "– 12 H 00 : Déjeuner offert par…". */
  readonly timedLines: boolean;
  /** A list item that opens with an event of a programme: "- Visite d'une exploitation, en présence de M. X, préfet". */
  readonly eventLine: boolean;
  /** It is only a time, its item on the next line: "14 h 00", "- 15h20 (21h20 à Paris)". */
  readonly timeOnly: boolean;
  /** A day over the items of that day: "Mercredi 3 juin", "JOUR 1 – LUNDI". */
  readonly dayHeading: boolean;
  /** No finite verb: a title, a heading or an item of a programme ("Visite du port"). */
  readonly verbless: boolean;
}

/** Which cues the paragraph's text holds (folded text; the first line for a lead-in). */
export interface CueFacts {
  /** An active invitation to an event, a visit or a place ("à l'invitation de" removed first). */
  readonly invites: boolean;
  /** A programme announced ("Au programme", "sont prévus"), outside reported speech. */
  readonly announcesProgramme: boolean;
  /** A move of the visit in the future ("visitera", "se rendra", "doit rencontrer"), outside reported speech. */
  readonly futureMove: boolean;
  /** A clock time somewhere in the paragraph: "10h50", "à 16 h 30". */
  readonly clockTime: boolean;
  /** A sentence opens with its clock time: "A 11h35, il procèdera…". */
  readonly opensWithTime: boolean;
  /** A move of the visit told in the past, or someone awaited or to be received. */
  readonly visitMoves: boolean;
  /** Someone is quoted or reported ("que", « … »). */
  readonly quoted: boolean;
  /** The main verb is a pluperfect or imperfect of before ("avait reçu", "était venu"). */
  readonly backgroundTense: boolean;
  /** The subject is on a visit, with its dates or host ("effectue une visite du 11 au 14 mai"). */
  readonly visitFrame: boolean;
  /** A lead-in of who took part: "Ont pris part :", "en présence de", "composée de". */
  readonly participantLead: boolean;
  /** An attendees sentence by its opening: "Étaient présents…". */
  readonly attendeesOpening: boolean;
  /** One side as the subject: "La partie chinoise a…". */
  readonly sideSubject: boolean;
  /** Both sides stating together: "Les deux parties ont souligné…". */
  readonly jointStatement: boolean;
  /** Framing words: "s'inscrit dans", "dans le cadre", "pour rappel". */
  readonly contextCue: boolean;
  /** A verb or noun of discussion: "ont évoqué", "ont porté sur". */
  readonly topicVerb: boolean;
  /** How strongly it reads as a list of subjects (see `topicScore`). */
  readonly topicScore: number;
  /**
   * A statement of fact: a sentence with its subject and verb, closed by a period, with no move
   * of the visit (future or past) and no clock time: "Le Liban compte six millions d'habitants."
   */
  readonly statesFact: boolean;
}

/** What a lead-in's own words announce. */
export interface LeadFacts {
  readonly programme: boolean;
  readonly attendees: boolean;
  readonly topics: boolean;
}

export interface ParagraphFacts {
  readonly paragraph: Paragraph;
  readonly n: number;
  /** Plain text with apostrophes folded to `'`: what every cue runs on. */
  readonly folded: string;
  readonly firstLine: string;
  readonly sentences: readonly Sentence[];
  /** A list item or a bulleted block; a numbered paragraph of prose is none. */
  readonly listItem: boolean;
  readonly shape: ShapeFacts;
  readonly people: ParagraphPeople;
  readonly cues: CueFacts;
  /** The lead-in words: the first line of a bulleted block under a colon, else the whole text. */
  readonly lead: LeadFacts;
  /** The first paragraph of the body, after the headline if there is one: where a report says who and what. */
  readonly opening: boolean;
}

export interface RecordFacts {
  readonly paragraphs: readonly ParagraphFacts[];
  readonly people: PeopleAnalysis;
}

/** Reads every paragraph of a record once. */
export function readFacts(paragraphs: readonly Paragraph[]): RecordFacts {
  const people = analysePeople(paragraphs);
  return {
    people,
    paragraphs: paragraphs.map((paragraph, index) => {
      const folded = foldApostrophes(paragraph.plain);
      const firstLine = folded.split('\n')[0] ?? '';
      const info = people.paragraphs.get(paragraph.n) ?? { n: paragraph.n, subject: null, actor: null, mentions: [], introduces: false, actorIsNew: false, namesNewcomer: false };
      const sentences = splitSentences(paragraph.plain);
      // A numbered paragraph of several sentences ("1- Les deux chefs d'État ont…") is prose.
      const listItem = paragraph.listItem && !(sentences.length > 1 && !paragraph.plain.includes('\n')) && paragraph.plain.length <= MAX_LIST_ITEM_LENGTH;
      const shape = readShape({ ...paragraph, listItem }, firstLine);
      return {
        paragraph,
        n: paragraph.n,
        folded,
        firstLine,
        sentences,
        listItem,
        shape,
        people: info,
        cues: readCues(paragraph.plain, folded, info.subject),
        lead: readLead(shape.firstLineColon ? firstLine : folded, shape.shortLine),
        opening: index === 0 || (index === 1 && paragraphs.length > 1 && headlineShape(paragraphs[0]!)),
      };
    }),
  };
}

/** A headline's shape: one short sentence without final punctuation, alone on its line. */
function headlineShape(paragraph: Paragraph): boolean {
  const text = paragraph.plain.trim();
  return !paragraph.listItem && text.length <= MAX_HEADLINE_LENGTH && !/[.:;,]$/u.test(text) && splitSentences(text).length === 1 && !text.includes('\n');
}

/** Most lines of a list open with a clock time, once their bullet is off. */
function timedLines(text: string): boolean {
  const lines = text.split('\n').map((line) => line.replace(LIST_MARKER, '').trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.filter((line) => TIMED_ENTRY.test(line)).length * 2 > lines.length;
}

function readShape(paragraph: Paragraph, firstLine: string): ShapeFacts {
  const text = paragraph.plain.trim();
  const shortLine = !paragraph.listItem && text.length <= MAX_HEADING_LENGTH && !CLOSING_PUNCTUATION.test(text);
  const verbless = !FINITE_VERB.test(paragraph.plain);
  const bare = text.includes('\n') ? '' : text.replace(LIST_MARKER, '');
  return {
    timeOnly: TIME_ONLY.test(bare),
    dayHeading: verbless && !paragraph.listItem && DAY_HEADING.test(bare),
    verbless,
    endsWithColon: endsWithColon(paragraph.plain),
    firstLineColon: paragraph.listItem && endsWithColon(firstLine),
    shortLine,
    title: shortLine && verbless,
    headline: headlineShape(paragraph),
    timed: !paragraph.listItem && TIMED_ENTRY.test(text),
    timedLines: paragraph.listItem && timedLines(text),
    eventLine: paragraph.listItem && !text.includes('\n') && EVENT_LINE.test(text.replace(LIST_MARKER, '')),
  };
}

function readCues(plain: string, folded: string, subject: Subject | null): CueFacts {
  return lazily<CueFacts>({
    invites: () => invites(folded),
    announcesProgramme: () => outsideReportedSpeech(AGENDA_LEAD, folded),
    futureMove: () => outsideReportedSpeech(AGENDA_FUTURE_VERB, folded),
    clockTime: () => CLOCK_TIME.test(folded),
    opensWithTime: () => splitSentences(folded).some((sentence) => OPENS_WITH_TIME.test(sentence.text)),
    visitMoves: () => VISIT_MOVE_PAST.test(folded) || AWAITED.test(folded),
    quoted: () => REPORTED_THAT.test(folded) || /[«"“]/u.test(folded),
    backgroundTense: () => subject?.verb !== undefined && BACKGROUND_VERB.test(subject.verb) && subject.kind !== 'pronoun' && pastPerfect(plain, subject),
    visitFrame: () => subject?.verb !== undefined && VISIT_FRAME_VERB.test(subject.verb) && VISIT_FRAME.test(folded),
    participantLead: () => PARTICIPANT_LEAD.test(folded),
    attendeesOpening: () => ATTENDEES_OPENING.test(folded),
    sideSubject: () => SIDE_SUBJECT.test(folded),
    jointStatement: () => JOINT_STATEMENT.test(folded),
    contextCue: () => CONTEXT_CUE.test(folded),
    topicVerb: () => TOPIC_VERB.test(folded),
    topicScore: () => topicScore(folded),
    statesFact: () =>
      subject?.verb !== undefined && /[.!?…]\s*$/u.test(folded) && !CLOCK_TIME.test(folded) && !AGENDA_FUTURE_VERB.test(folded) && !VISIT_STEP_PAST.test(folded) && !AWAITED.test(folded),
  });
}

/** What a lead-in announces; a heading may name a programme by a noun alone ("DEROULEMENT DE LA VISITE"). */
function readLead(text: string, heading: boolean): LeadFacts {
  // "P R O G R A M M E": letters spaced out read as the word they spell.
  const words = SPACED_LETTERS.test(text) ? text.replace(/(?<=\p{L}) (?=\p{L}(?: |$))/gu, '') : text;
  return lazily<LeadFacts>({
    programme: () => AGENDA_LEAD.test(words) || (heading && PROGRAMME_TITLE.test(words)),
    attendees: () => PARTICIPANT_LEAD.test(words),
    topics: () => TOPIC_NOUN.test(words) || TOPIC_VERB.test(words) || SIGNED.test(words) || CONCERNS_LISTED.test(words),
  });
}

/**
 * "était venu", "avait reçu": a tense of before. "était" alone is a state of the moment ("Le
 * ministre était lundi à Varsovie": the visit itself), so it needs a participle after it.
 */
function pastPerfect(plain: string, subject: Subject): boolean {
  return !/^(?:était|étaient)$/u.test(subject.verb ?? '') || ETAIT_PLUPERFECT.test(plain.slice(subject.end));
}

const INVITATION_BACKGROUND_ALL = new RegExp(INVITATION_BACKGROUND.source, 'giu');
/** Every invitation cue holds one of these: a cheap look before the full patterns. */
const MAY_INVITE = /invit|convi|souhait|v(?:œ|oe)u|d[ée]sir/iu;

/** An active invitation to an event, a visit or a place; "à l'invitation de" is background. */
function invites(text: string): boolean {
  if (!MAY_INVITE.test(text)) return false;
  const active = text.replace(INVITATION_BACKGROUND_ALL, ' ');
  const match = INVITATION.exec(active);
  return match !== null && INVITATION_TARGET.test(active.slice(match.index, match.index + 200));
}

/** A cue found outside reported speech ("a ajouté que la délégation se rendra…" is a statement). */
function outsideReportedSpeech(cue: RegExp, text: string): boolean {
  const match = cue.exec(text);
  return match !== null && !REPORTED_THAT.test(text.slice(0, match.index));
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
