/** The programme of the visit: list items, timed lines, prose of the programme, and its steps told elsewhere. */
import {
  AGENDA_FUTURE_VERB, AWAITED, DAY_HEADING, MARKED_BY, NEXT_NOUN_ITEM, NEXT_STEP_PAST, NOUN_LIST_START, THEN_INFINITIVE, TIME_ONLY, VISIT_STEP_PAST,
} from '../cues/programme.js';
import { ROLE_WORD, TITLE } from '../cues/names.js';
import { REPORTED_THAT } from '../cues/speech.js';
import type { ParagraphFacts } from '../facts.js';
import { L, foldApostrophes, fr, words } from '../lexicon/compile.js';
import { CHAINED_INFINITIVES, PROGRAMME_EVENT_NOUNS } from '../lexicon/words.js';
import { cleanItem, splitTopLevel } from '../text.js';
import type { Decision, Item } from '../../types.js';

/** A quotation mark: a sentence holding one reports someone's words. */
const QUOTE_MARK = /[«»"“”]/u;

/** A future move starting exactly at an offset (sticky), to cut a run of moves in one pass. */
const FUTURE_VERB_AT = new RegExp(AGENDA_FUTURE_VERB.source, 'iuy');

/**
 * Lists the programme items, as clean phrases: those of the paragraphs decided `agenda`, and the
 * steps of the visit told in other prose.
 * @example extractAgenda(['Au programme :', 'Un discours,', 'Et des visites.']) → ['Un discours', 'des visites']
 */
export function extractAgenda(facts: readonly ParagraphFacts[], decisions: readonly Decision[]): Item[] {
  const items: Item[] = [];
  // After "Accueil des deux chefs d'État par :", the lines name who welcomes: people, not items.
  let peopleFollow = false;
  facts.forEach((paragraph, i) => {
    const decision = decisions[i];
    if (!(decision?.kind === 'agenda' && decision.shape === 'item')) peopleFollow = false;
    if (!decision || decision.shape === 'lead' || decision.shape === 'headline') return;
    if (decision.kind !== 'agenda') {
      // The visit told step by step in a speaker's or the framing's prose: "Il a ensuite rencontré X";
      // not the paragraph that introduces who meets whom ("Le ministre X a rencontré lundi Y").
      // There, only a step that says it follows another counts ("Il a ensuite rencontré Y").
      // Not in words reported or quoted: a sentence with quotation marks or "a déclaré que" is a
      // speaker's, its moves are what they say.
      if (decision.shape !== 'prose' || decision.kind === 'invitation') return;
      if (!paragraph.cues.futureMove && !VISIT_STEP_PAST.test(paragraph.folded) && !MARKED_BY.test(paragraph.folded)) return;
      const introduces = paragraph.people.actorIsNew;
      for (const sentence of paragraph.sentences) {
        const folded = foldApostrophes(sentence.text);
        if (QUOTE_MARK.test(folded) || (introduces && !NEXT_STEP_PAST.test(folded))) continue;
        for (const text of stepsOf(sentence.text)) items.push({ text: withoutAttendance(text), paragraph: paragraph.n });
      }
      return;
    }
    if (decision.shape === 'item') {
      for (const line of paragraph.paragraph.plain.split('\n')) {
        // A time alone ("- 15h20 (21h20 à Paris)") is when the item on the next line happens, no item itself.
        // A day heading ("JEUDI 23 MAI") says when the items under it happen, no item itself either.
        const item = cleanItem(line);
        if (peopleFollow && isPersonLine(item)) continue;
        peopleFollow = AGENT_LEAD.test(foldApostrophes(line));
        if (peopleFollow) items.push({ text: cleanItem(line.replace(/\s*:\s*$/u, '')), paragraph: paragraph.n });
        else if (!/:\s*$/u.test(line) && !TIME_ONLY.test(item) && !DAY_HEADING.test(item)) items.push({ text: item, paragraph: paragraph.n });
      }
      return;
    }
    for (const sentence of paragraph.sentences) {
      for (const text of programmeOf(sentence.text)) items.push({ text: withoutAttendance(text), paragraph: paragraph.n });
    }
  });
  return items.filter((item) => item.text !== '');
}

/** A line of a list that ends by announcing who does the item: "Accueil des deux chefs d'État par :". */
const AGENT_LEAD = fr(/\S\s+(?:par|en présence d(?:e|u|es))\s*:\s*$/iu);
/** A line that is one person: a civility or an article and a role first ("M. X, ministre…", "Le Maire de Kaloum"), or a name and its role. */
const TITLED_LINE = new RegExp(String.raw`^(?:(?:[Ll]e|[Ll]a)\s+)?${TITLE}(?:\s+|(?<=\.))\p{Lu}`, 'u');
const ROLE_LINE = new RegExp(String.raw`^(?:le|la|les)\s+(?:${ROLE_WORD.source})`, 'iu');
const NAME_THEN_ROLE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'-]+)+\s*,\s*/u;
const ROLE_AT = new RegExp(String.raw`^(?:${ROLE_WORD.source})`, 'iu');
const isPersonLine = (line: string): boolean => {
  const named = NAME_THEN_ROLE.exec(line);
  return TITLED_LINE.test(line) || ROLE_LINE.test(line) || (named !== null && ROLE_AT.test(line.slice(named[0].length)));
};

/**
 * Who attends, invites or is met, after an item of prose: "une cérémonie d'accueil … en présence du
 * chef de l'État X", "un déjeuner à Matignon à l'invitation du Premier ministre", "…, notamment le
 * chef juge X": the people are the participants' section, the item is the event. So is a time
 * measured from another event ("…, trois jours après l'accord"). A line of a list keeps what it says.
 */
function withoutAttendance(text: string): string {
  text = withFirstWelcomer(text);
  const tail = ATTENDANCE_TAIL.exec(text);
  // What stays must still say something: "Accueil en présence du maire" keeps its tail.
  return tail && tail.index >= MIN_ITEM_BEFORE_TAIL && !text.slice(0, tail.index).includes(':') ? text.slice(0, tail.index) : text;
}
const MIN_ITEM_BEFORE_TAIL = 12;

/**
 * "sera accueillie au Château par le président du Conseil d'État, X, et par la conseillère Y": a
 * welcome is one item with whoever welcomes first; the others are the participants' section.
 */
function withFirstWelcomer(text: string): string {
  const welcomed = WELCOMED_BY.exec(foldApostrophes(text));
  if (!welcomed) return text;
  const from = welcomed.index + welcomed[0].length;
  const next = NEXT_WELCOMER.exec(foldApostrophes(text.slice(from)));
  return next ? text.slice(0, from + next.index) : text;
}
const WELCOMED_BY = fr(/\b(?:reçue?s?|accueillie?s?)\b[^,;]{0,80}?\bpar\s+/iu);
const NEXT_WELCOMER = new RegExp(String.raw`,?\s+(?:et|ainsi que)\s+(?:par\s+)?(?=(?:le|la|les|des|plusieurs|Mme)\s|l'|M\.)|,\s*(?=(?:le|la|l')\s*(?:${L}+\s+)?(?:${ROLE_WORD.source}))`, 'iu');
const ATTENDANCE_TAIL = fr(new RegExp(
  String.raw`\s*,?\s+(?:en (?:la )?présence d(?:e|u|es|')|en compagnie d(?:e|u|es|')|(?:à|sur) l'invitation d(?:e|u|es|')|sur invitation d(?:e|u|es|'))[^;]*$|` +
    // "…visites de courtoisie au Royal Palm, notamment le chef juge X, la Speaker Y": who, not what
    String.raw`\s*,\s*notamment\s+(?:le|la|les|l')\s*(?:${L}+\s+)?(?:${ROLE_WORD.source}).*$|` +
    // "…a ensuite rencontré X, moins de quinze jours après l'accord": when, measured from another event
    String.raw`\s*,\s*(?:(?:moins|plus|peu|près)\s+d(?:e\s+|')|quelques\s+)?(?:${L}+\s+)?(?:jours?|semaines?|mois|heures?|ans?)\s+(?:après|avant)\s.*$`,
  'iu',
));

/** One sentence of prose: its future moves ("visitera X, rencontrera Y") or its listed nouns. */
export function programmeOf(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  // "Après un déjeuner offert en son honneur, la dirigeante effectuera…": the meal is an item too.
  const before = eventBefore(sentence, folded);
  if (before) return [before.event, ...programmeOf(before.rest)];
  const verb = AGENDA_FUTURE_VERB.exec(folded);
  let nounStart = -1;
  let nounOpener: RegExpExecArray | undefined;
  for (const match of folded.matchAll(NOUN_LIST_START)) {
    nounStart = match.index + match[0].length;
    nounOpener = match;
  }
  // "Un symposium, une visite de SES et un dîner sont, entre autres, au programme": the list stands before.
  if (nounOpener && /^[\s.!?…]*$/u.test(folded.slice(nounStart))) {
    const before = LIST_THEN_VERB.exec(folded.slice(0, nounOpener.index));
    if (before) return splitTopLevel(sentence.slice(0, before.index), NEXT_NOUN_ITEM).map(cleanItem);
  }
  if (verb && (nounStart < 0 || verb.index < nounStart)) {
    return splitMoves(sentence.slice(subjectStart(folded, verb.index))).flatMap(objectsOf).map(cleanItem);
  }
  if (nounStart < 0) {
    // "s'est rendu au port, où il a visité la plateforme, puis à l'usine": its steps, each as told.
    const past = VISIT_STEP_PAST.exec(folded) ?? AWAITED.exec(folded);
    return past ? pastSteps(sentence.slice(past.index)) : [];
  }
  // "Dimanche matin un « business meeting » est prévu à Balaclava": the event stands before "prévu", one item.
  if (nounOpener && PLANNED.test(nounOpener[0])) {
    const subject = PLANNED_SUBJECT.exec(folded.slice(0, nounOpener.index));
    if (subject?.[1] && !PRONOUN.test(subject[1].trim()) && !/^[\s:]|^que\b|^d'ici\b/u.test(folded.slice(nounStart))) {
      return [cleanItem(sentence.slice(nounOpener.index - subject[0].length + subject[0].indexOf(subject[1])))];
    }
  }
  // "Il est prévu que Mme X s'entretienne…": the item starts after "que".
  // After a colon a programme may list bare nouns: "…d'usage : honneurs militaires, présentation des lettres, signature du livre d'or puis photo".
  const separator = nounOpener?.[0].trim() === ':' && !ARTICLE_START.test(folded.slice(nounStart)) ? BARE_NEXT_ITEM : NEXT_NOUN_ITEM;
  // "une halte à la coopérative, où le ministre s'est enquis de…": the relative tells no item.
  return splitTopLevel(sentence.slice(nounStart).replace(/^qu(?:e\s+|['’])/u, ''), separator).map((item) => cleanItem(item.replace(RELATIVE_AFTER_STEP, '')));
}

/** A step of the visit outside the programme's own paragraphs: a past step or a future move, as told. */
function stepsOf(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  if (REPORTED_THAT.test(folded)) return [];
  // "Après un déjeuner avec les maires, il a présidé…": the meal is a step too.
  const before = eventBefore(sentence, folded);
  if (before && VISIT_STEP_PAST.test(foldApostrophes(before.rest))) return [before.event, ...stepsOf(before.rest)];
  const future = AGENDA_FUTURE_VERB.exec(folded);
  if (future) return splitMoves(sentence.slice(subjectStart(folded, future.index))).flatMap(objectsOf).map(cleanItem);
  const past = VISIT_STEP_PAST.exec(folded);
  if (past) return pastSteps(sentence.slice(past.index));
  // "(Son séjour a été) marqué, entre autres, par la visite de l'école, sa présence au dîner…".
  return MARKED_BY.test(folded) ? programmeOf(sentence) : [];
}

/** A leading "Après un déjeuner …,": that event as an item, and the rest of the sentence. */
function eventBefore(sentence: string, folded: string): { event: string; rest: string } | undefined {
  const after = EVENT_BEFORE.exec(folded);
  return after ? { event: cleanItem(sentence.slice(after[1]!.length, after[0].length)), rest: sentence.slice(after[0].length) } : undefined;
}

/** A leading "Après un déjeuner …," (an event of the programme before the move that follows it). */
const EVENT_BEFORE = fr(new RegExp(String.raw`^(\s*(?:après|avant)\s+)(?:un|une|le|la|l')\s*(?:${L}+\s+)?(?:${words(PROGRAMME_EVENT_NOUNS)})\b[^,;:]{0,120},`, 'iu'));
/** The opener "prévu": an event planned, or the nouns it announces ("Sont prévus une visite et un dîner"). */
const PLANNED = /^\s*prévue?s?\s*$/u;
/** The event before "est prévu(e)": a short noun phrase opening its clause, before its verb "être". */
const PLANNED_SUBJECT = fr(/(?:^|[,;:])\s*([^,;:]{3,80}?)\s+(?:est|sont|sera|seront|était|étaient)\s+(?:(?:également|aussi|ensuite)\s+)?$/iu);
/** A list that opens with an article takes articles at its next items too; one that does not is bare. */
const ARTICLE_START = fr(/^\s*(?:le|la|les|l'|un|une|des|du|de la|sa|son|ses|leur|leurs)\b/iu);
/** The next item of a bare list: a comma, "puis", ", avant" ("…, signature du livre d'or puis photo officielle, avant un bref entretien"). */
const BARE_NEXT_ITEM = /\s*,\s*(?:puis\s+|avant\s+|et\s+)?|\s+puis\s+/u;
/** The verb after a list of the programme's items: "…, sont, entre autres,", "…figurent également". */
const LIST_THEN_VERB = fr(/\s*,?\s*(?:sont|seront|étaient|figurent|figureront)(?:\s*,\s*[^,]{1,25},)?(?:\s+(?:également|aussi|notamment|ensuite))?\s*$/iu);

/** The next place of a move, past or future: ", puis à l'usine", ", puis au port". */
const THEN_A_PLACE = String.raw`,\s*puis\s+(?=(?:à|au|aux|en|vers)\s)`;

/** Where a run of past steps goes on with another: "…, et visité X", " puis inauguré Y", ", puis à l'usine", " ainsi que Z". */
const NEXT_STEP = fr(new RegExp(String.raw`,?\s+(?:et|puis)\s+(?:(?:a|ont)\s+)?(?:(?:ensuite|également|aussi|enfin)\s+)?(?=\p{Ll}+(?:é|ée|és|ées|is|it|ert|u)\s)|${THEN_A_PLACE}|\s+ainsi que\s+`, 'gu'));

/**
 * The items of past steps: each step, the places one move names in a row, then the event after a
 * step that names none ("ont partagé un déjeuner au restaurant, avant une rencontre avec…").
 */
function pastSteps(steps: string): string[] {
  return splitSteps(steps).flatMap(objectsOf).flatMap((step) => splitTopLevel(step, THEN_EVENT)).map(cleanItem);
}

/**
 * "a rencontré le maire, et visité le parc ainsi que la coopérative" → three steps; "s'est rendue
 * au lycée, où elle a inauguré un atelier" → two; "…, avant de rencontrer les étudiants" → two.
 * A relative clause that is no step ends its step: "…, où le ministre s'est enquis de…", "…, qui
 * lui a présenté…", "…, dont il a salué le dynamisme".
 */
function splitSteps(steps: string): string[] {
  const folded = foldApostrophes(steps);
  const cuts = [...folded.matchAll(THEN_INFINITIVE), ...folded.matchAll(STEP_WHERE)].sort((a, b) => a.index - b.index);
  const pieces: string[] = [];
  let last = 0;
  for (const cut of cuts) {
    if (cut.index < last) continue;
    pieces.push(steps.slice(last, cut.index));
    last = cut.index + cut[0].length;
  }
  pieces.push(steps.slice(last));
  return pieces.flatMap((piece) => splitTopLevel(piece.replace(RELATIVE_AFTER_STEP, ''), NEXT_STEP));
}
/** A step told in a relative of place: ", où elle a inauguré…" (the next step starts at the participle). */
const STEP_WHERE = fr(/,\s*où\s+(?:il|elle|ils|elles)\s+(?:a|ont)\s+(?:(?:ensuite|également|aussi|notamment)\s+)?(?=(?:visité|inauguré|rencontré|assisté|pris part|participé|présidé|signé|déposé|découvert|procédé)\b)/gu);
/** A relative clause after a step that tells no step of its own: from ", où", ", qui", ", dont", ", auquel" to the end. */
const RELATIVE_AFTER_STEP = /\s*,\s*(?:où|qui|dont|auquel|auxquels|à laquelle|à qui|lequel|laquelle)\s.*$/su;

/** Words of a clause's subject: a few, no clock time, no verb of its own, no relative clause. */
const SUBJECT_WORDS = 8;
const NOT_A_SUBJECT = fr(/\d|\b(?:qui|que|qu'|dont|où|a|ont|est|sont|sera|seront|avait|avaient)\b/iu);
const PRONOUN = /^(?:il|elle|ils|elles|on|celui-ci|celle-ci|ceux-ci|celles-ci)$/iu;
/** Words that open a clause without being its subject: "puis", "ensuite", "et". */
const CLAUSE_OPENER = fr(/^(?:\s*(?:et|puis|ensuite|enfin|alors|là|par la suite|également|aussi)\b[\s,]*)+/iu);

/**
 * Where the item of a future move starts: at the subject of its clause when it has one ("les deux
 * présidents animeront un point de presse": a reader names who does what), else at the verb.
 */
function subjectStart(folded: string, verbIndex: number): number {
  const clauseStart = Math.max(folded.lastIndexOf(',', verbIndex - 1), folded.lastIndexOf(';', verbIndex - 1), folded.lastIndexOf(':', verbIndex - 1)) + 1;
  const opener = CLAUSE_OPENER.exec(folded.slice(clauseStart, verbIndex))?.[0].length ?? 0;
  const start = clauseStart + opener;
  const subject = folded.slice(start, verbIndex).trim();
  // A pronoun says nothing a reader would repeat: "il visitera X" → "visitera X".
  if (subject === '' || PRONOUN.test(subject) || subject.split(/\s+/u).length > SUBJECT_WORDS || NOT_A_SUBJECT.test(subject)) return verbIndex;
  return start + (folded.slice(start).length - folded.slice(start).trimStart().length);
}

/** The next event after a move or a step: ", avant une conférence de presse". */
const THEN_EVENT = /,\s*avant\s+(?=(?:un|une)\s)/gu;
/** The next place of a move (", puis à Djeddah", ", puis au port") or the next event. */
const THEN_PLACE = new RegExp(String.raw`${THEN_A_PLACE}|${THEN_EVENT.source}`, 'gu');

/** A run of moves opened by a modal: its next moves are bare infinitives. */
const MODAL_START = fr(/^(?:[^,]{0,80}\s)?(?:doit|doivent|devrait|devraient|devait|devaient)\s/iu);
/** An infinitive of a move at an offset (sticky). */
const INFINITIVE_AT = fr(new RegExp(String.raw`(?:${words(CHAINED_INFINITIVES)})\b`, 'iuy'));

/**
 * The places or events one move names in a row, each an item: "visitera l'Académie militaire, le
 * Centre de formation et l'hôpital militaire", "a visité la zone industrielle et la plateforme
 * logistique, avant des rencontres B2B". The first keeps the verb. Not "du Commerce et de l'Industrie".
 */
function objectsOf(move: string): string[] {
  const folded = foldApostrophes(move);
  const verb = MOVE_VERB.exec(folded);
  if (!verb) return [move];
  const from = verb.index + verb[0].length;
  const pieces = splitTopLevel(move.slice(from), NEXT_OBJECT);
  if (pieces.length < MIN_OBJECTS) return [move];
  return [move.slice(0, from) + pieces[0], ...pieces.slice(1)];
}
/** Objects in a row past which a move is a list of places, not one visit with its details. */
const MIN_OBJECTS = 3;
/** The verb of a move that takes places as objects (not "rencontrer": several people met are one meeting). */
const MOVE_VERB = fr(/(?<!\b(?:une|la|les|des|de|sa|ses|leur|cette|ces)\s)\b(?:visit(?:era|eront|ent|é|ée|és|ées|er|ant|e)|inaugur(?:era|eront|ent|é|ée|és|ées|er|ant|e)|découvr(?:ira|iront|ir|ent|e)|découvert|parcour(?:ra|ront|u|ue|ir|t))\s/iu);
/** Where the next object of a move starts: a determiner after a comma, "et", "puis" or "avant". */
const NEXT_OBJECT = /\s*,\s*(?:et\s+|puis\s+|ainsi que\s+|avant\s+)?(?=(?:le|la|les|l'|l’|un|une|des|son|sa|ses|leur|leurs)\s?)(?![^,]{0,3}\b(?:qui|dont)\b)|\s+(?:et|puis|ainsi que)\s+(?=(?:le|la|les|l'|l’|un|une|des|son|sa|ses|leur|leurs)\s?)/u;

/**
 * Cuts a run of moves before each separator that a new future verb follows (", où elle visitera"
 * too), and before "avant de" with an infinitive of a move ("…, avant de rencontrer le patronat").
 */
function splitMoves(moves: string): string[] {
  const folded = foldApostrophes(moves);
  const items: string[] = [];
  let last = 0;
  // After "doit", "devrait": the next moves are infinitives ("doit s'entretenir avec X, rencontrer Y et visiter Z").
  const modal = MODAL_START.test(folded);
  const beforeVerb = [...folded.matchAll(/\s*,\s*(?:et\s+|puis\s+|où\s+(?:il|elle|ils|elles)\s+)?|\s+(?:et|puis)\s+/gu)].filter((separator) => {
    const next = separator.index + separator[0].length;
    FUTURE_VERB_AT.lastIndex = next;
    if (FUTURE_VERB_AT.test(folded)) return true;
    INFINITIVE_AT.lastIndex = next;
    return modal && INFINITIVE_AT.test(folded);
  });
  // "…, où elle visitera un site, puis à Djeddah", "…, avant une conférence de presse": the next place or event.
  for (const separator of [...beforeVerb, ...folded.matchAll(THEN_INFINITIVE), ...folded.matchAll(THEN_PLACE)].sort((a, b) => a.index - b.index)) {
    if (separator.index < last) continue;
    items.push(moves.slice(last, separator.index));
    last = separator.index + separator[0].length;
  }
  items.push(moves.slice(last));
  return items;
}
