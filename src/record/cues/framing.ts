/** Cues for the framing of a meeting and for who attended: background tense, the visit's frame, attendee lists. */
import { fr, words } from '../lexicon/compile.js';
import { DELEGATION_STATES, WEEKDAYS } from '../lexicon/words.js';

const WEEKDAY = words(WEEKDAYS);

/** Framing that is background, not discussion: "s'inscrit dans", "intervient", "à l'invitation de". */
export const CONTEXT_CUE = fr(/\bs'inscri\S*|\bintervient\b|\bdans le cadre\b|\bà l'invitation\b|\brappelons\b|\bpour rappel\b/iu);

/**
 * The frame of a visit, told in the present: "M. X effectue une visite officielle en Chine du 11
 * au 14 mai à l'invitation de M. Y", "Elle est en visite de travail depuis lundi". A verb of
 * being on a visit plus its dates or its host: what the meeting sits in, not what was said.
 */
export const VISIT_FRAME_VERB = /^(?:effectue|effectuent|entame|entament|achève|achèvent|séjourne|séjournent|est|sont|se trouve|se trouvent)$/u;

export const VISIT_FRAME = fr(new RegExp(String.raw`\b(?:visite|séjour|tournée|mission)\b[^.]*?(?:\bà l'invitation d|\bsur invitation d|\bdu \d{1,2}(?:er)? (?:\p{L}+ )?au \d{1,2}\b|\bdepuis (?:${WEEKDAY}|le \d|hier)|\bjusqu'(?:à|au) )`, 'u'));

/**
 * Background tense: a main verb in the pluperfect or imperfect ("avait reçu", "était") tells what
 * happened before the meeting, so the paragraph frames it.
 */
export const BACKGROUND_VERB = /^(?:avait|avaient|était|étaient|s'était|s'étaient)$/u;

/**
 * "était" as the auxiliary of a pluperfect ("était venu"), not a state of the moment ("était
 * lundi à Varsovie", "était accompagné de…", "était conduite par…"): a participle right after it.
 */
export const ETAIT_PLUPERFECT = new RegExp(String.raw`^[\s,]*(?:était|étaient)\s+(?:\p{Ll}+ment\s+|déjà\s+)?(?!(?:${WEEKDAY}|hier|aussi|ici|parmi|${words(DELEGATION_STATES)})(?![\p{L}'-]))\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|ites|its)(?![\p{L}'-])`, 'u');

/**
 * Who took part, as a list lead-in: "Ont pris part à la réunion :", "étaient présents",
 * "La délégation était composée de :", "les participants".
 */
export const PARTICIPANT_LEAD = fr(/\b(?:ont (?:également |aussi |en outre |notamment )?(?:pris part|participé|assisté)|étaient (?:également |aussi )?présent(?:e)?s|participants|composée de|composée des|en présence de)\b|\bdélégation\b[^.:]{0,50}\b(?:comprenait|comprend|comprendra|incluait|inclut|inclura|réunissait|réunira|était conduite par|sera conduite par)\b|(?:prendront|prendra|a pris) part (?:aux entretiens|à l'entretien|à l'audience|à la rencontre|à la réunion)\b/iu);

/** An attendees sentence by its opening, names or not: "Étaient présents à cette audience des cadres…". */
export const ATTENDEES_OPENING = fr(/^(?:ont (?:également |aussi )?(?:pris part|participé|assisté)|(?:étaient|était) (?:également |aussi )?(?:présents?|présentes?)|(?:ont|a) (?:également |aussi )?(?:assisté|pris part))\b/iu);

