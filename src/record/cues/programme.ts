/** Cues for the programme of a visit: lead-ins, timed lines, moves told in the future or the past. */
import { L, capitalOrNot, fr, words } from '../lexicon/compile.js';
import { CHAINED_INFINITIVES, MEETING_NOUNS, MONTHS, PROGRAMME_EVENT_NOUNS, VISIT_FUTURE_STEMS, VISIT_INFINITIVES, VISIT_NOUNS, WEEKDAYS } from '../lexicon/words.js';

const VISIT_NOUN = words(VISIT_NOUNS);

/**
 * Lead-ins of a visit programme: "Au programme de la visite :", "Le programme comprend",
 * "sont également prévus", "figurent", "est prévue". Catches an agenda announced in prose or
 * before a list.
 */
export const AGENDA_LEAD = fr(new RegExp(String.raw`\bau programme\b|\bprogramme (?:de (?:la|cette|ce|sa|son)|du)\s+${VISIT_NOUN}|\b(?:sont|est|seront|sera)\s+(?:également\s+|aussi\s+)?prévue?s?\b|\bprévoit\b|\bl'agenda\b|\bfigurent\s+(?:également|aussi|notamment)?\s*:|\bprogramme comprend\b|\b(?:sera|seront)\s+(?:notamment\s+|également\s+)?(?:marquée?s?|ponctuée?s?|consacrée?s?|l'occasion)\b|\bau menu (?:de (?:la|sa|cette|leur)|du) ${VISIT_NOUN}\b`, 'iu'));

const WEEKDAY = words(WEEKDAYS);
const MONTH = words(MONTHS);
/** A clock time: "10h", "9 H 15", "14 h 00", "11 heures 45", "9:30", "15.00". */
const CLOCK = String.raw`\d{1,2}\s?(?:h|heures?)(?:\s?\d{2})?|\d{1,2}[:.]\d{2}`;
/** A time or a span of time: "9h00-9h30", "De 10h à 11h30", "À 10 h", "vers 15h". */
const TIME = String.raw`(?:(?:de|à|a|vers|dès|des)\s+)?(?:${CLOCK})(?:\s*(?:[-–—]|à|a|au)\s*(?:${CLOCK}))?`;
const DAY = String.raw`${WEEKDAY}(?:\s+\d{1,2}(?:er)?(?:\s+${MONTH})?(?:\s+\d{4})?)?|(?:le\s+)?\d{1,2}(?:er)?\s+${MONTH}(?:\s+\d{4})?|(?:jour|journée)\s+\d+|(?:premier|deuxième|troisième|dernier)\s+jour`;

/**
 * A programme line that opens with its day or time and a separator: "Vendredi 10 h : accueil à
 * l'aéroport", "9h30 – visite du port", "De 10h à 11h30 : table ronde", "Jour 2 : Gorée", "Le 12
 * mars : signature". A shape, not a phrase: it says nothing of what the entry is.
 */
export const TIMED_ENTRY = fr(new RegExp(String.raw`^(?:(?:${DAY})(?:\s*,?\s*(?:${TIME}))?|(?:${TIME}))\s*[:–—-]\s*\S`, 'iu'));

/** A line that is only a time, the item on the line below: "14 h 00", "- 15h20 (21h20 à Paris)", "9h00-9h30 :". */
export const TIME_ONLY = fr(new RegExp(String.raw`^(?:(?:${DAY})\s*,?\s*)?(?:${TIME})(?:\s*\([^()]{0,60}\))?\s*[:.]?$`, 'iu'));

/**
 * A day heading over the items of that day: "Mercredi 3 juin", "MARDI 14 MAI", "JOUR 1 – LUNDI",
 * "JEUDI 7 JUIN – Ottawa et Montréal", "Le 12 mars, à Dakar"; not "Mercredi : forum d'affaires", a timed line.
 */
export const DAY_HEADING = fr(new RegExp(String.raw`^(?:${DAY})(?:\s*(?:[-–—,]|à|au|en)\s*[^.!?;:]{0,60})?$`, 'iu'));

/** Nouns that title a programme: "PROGRAMME DE LA JOURNEE", "Déroulement de la visite", "Agenda". */
export const PROGRAMME_TITLE = fr(/\b(?:programmes?|déroulement|déroulé|agenda|calendrier|itinéraire|chronologie)\b/iu);

/**
 * The visitor's future moves in prose: "se rendra", "visitera", "rencontrera", "participera",
 * "prononcera", "s'entretiendra", "doit se rendre", "devrait visiter". Catches a programme told
 * in the future tense.
 */
export const AGENDA_FUTURE_VERB = fr(new RegExp(
  String.raw`(?<![\p{L}'-])(?:(?:${VISIT_FUTURE_STEMS.join('|')})(?:a|ont)|ira|iront|rendr(?:a|ont)(?= (?:une |un )?(?:${L}+ )?(?:visite|hommage))|` +
    // "fera une halte", "feront des déclarations", "prendra part à", "aura un entretien avec"
    String.raw`(?:fer|prendr)(?:a|ont)(?= (?:${L}+ )?(?:un|une|des|part|la direction|le chemin|la route|la parole)\b)(?! (?:${L}+ )?part (?:${L}+ )?(?:à la rencontre|à l'entretien|aux entretiens|à l'audience|à la réunion|à la séance|aux échanges|aux discussions)\b)|aur(?:a|ont)(?= (?:un|une|des|de nouveaux|ensuite un|ensuite une|ensuite des) (?:${L}+ )?(?:${words(MEETING_NOUNS)}|tête-à-tête|tête à tête|séance|déjeuner|dîner)\b)|` +
    // "seront reçus jeudi par le Premier ministre": the visitor received, in the future
    String.raw`(?:sera|seront) (?:ensuite |également |aussi )?(?:reçue?s?|accueillie?s?)(?: en audience)?(?= (?:${L}+ )?(?:par|à|au|en)\b)|` +
    String.raw`(?:doit|doivent|devrait|devraient|devait|devaient)(?: (?:ensuite|également|aussi|encore|notamment|par la suite))? (?:${words(VISIT_INFINITIVES)}))(?![\p{L}'-])`,
  'iu',
));

/** A clock time anywhere: "arrivera vers 10h50", "à 16 h 30". */
export const CLOCK_TIME = fr(new RegExp(String.raw`(?<![\p{L}\d])(?:${CLOCK})(?![\p{L}\d])`, 'iu'));

/** A sentence that opens with its clock time: "A 11h35, il procèdera…", "À 15 h, la délégation…". */
export const OPENS_WITH_TIME = fr(new RegExp(String.raw`^(?:${TIME})\s*,?\s+\p{L}`, 'iu'));

/** Words that chain the steps of a visit: "a ensuite visité", "a également rencontré". */
const SEQUENCE = '(?:ensuite|également|aussi|enfin|en outre|par ailleurs|auparavant|successivement|chaleureusement|dans la foulée|notamment)';

/**
 * The visit's moves told in the past: "s'est rendu au port de Tanger Med", "a visité l'usine",
 * "la visite s'est achevée par un dîner". The programme as it happened.
 */
export const VISIT_MOVE_PAST = fr(/\b(?:s'est|se sont) (?:ensuite |d'abord |aussitôt |également )?(?:rendue?s?|arrêtée?s?|rendue?s? ensuite) (?:à|au|aux|en|dans|sur)\b|\b(?:a|ont) (?:également |aussi |ensuite |en outre |par ailleurs )?(?:visité|inauguré)\b|\b(?:s'est|se sont) (?:achevée?s?|terminée?s?|poursuivie?s?|conclue?s?) (?:par|avec)\b|\b(?:s'est|se sont) poursuivie?s? (?:au|aux|à la|à l'|dans (?:le|la|les|l'))(?![\p{L}])|\b(?:a|ont) été (?:marquée?s?|ponctuée?s?) par\b/u);

/**
 * A step of the visit told in the past, wherever it is told: the moves above, and arriving,
 * meeting, attending, paying homage, being welcomed ("sont arrivés mardi à la gare", "a ensuite
 * rencontré X", "ont assisté à la cérémonie", "est allé rendre hommage", "a été accueilli par").
 * Read for programme items; it decides no paragraph's kind.
 */
export const VISIT_STEP_PAST = fr(new RegExp(
  String.raw`${VISIT_MOVE_PAST.source}|\b(?:est|sont) (?:arrivée?s?|allée?s?|arrivés)\b|\b(?:a|ont) (?:${SEQUENCE}\s+)?(?:rencontré|(?:assisté|pris part|participé) à(?!\s+(?:la rencontre|l'entretien|l'audience|la réunion|la séance|ces entretiens|cette rencontre|cette audience|cet entretien)\b)|rendu (?:un )?hommage|déposé une gerbe|découvert|effectué|présidé|coprésidé|(?:partagé|pris) (?:un|le) (?:déjeuner|dîner|repas)|suivi (?:un|une|le|la|l') ?(?:présentation|exposé|démonstration|projection|briefing))\b|\b(?:a|ont) été (?:${SEQUENCE}\s+)?(?:accueillie?s?|reçue?s?)(?: en audience)?(?:,?\s+(?:en|dans|dès|au|le|ce|cet|cette)\s+[^,.;:]{1,30}?,?)? (?:par|à|au)\b|(?:^|,\s*)(?:reçue?s?|accueillie?s?)(?: en audience)? par\b|\b(?:s'est|se sont) (?:${SEQUENCE}\s+)?(?:recueillie?s?|entretenue?s? avec)\b`,
  'u',
));

/**
 * A past step that says it follows another: "Il a ensuite rencontré X", "elle s'est enfin rendue à…".
 * A step even in the paragraph that introduces who met whom.
 */
export const NEXT_STEP_PAST = fr(/\b(?:a|ont|s'est|se sont|est|sont) (?:ensuite|puis|enfin|par la suite|dans la foulée)\b/u);

/** Awaited somewhere, or to be received: "Mme X est attendue jeudi à Lyon", "elle sera reçue par le président". */
export const AWAITED = fr(/\b(?:est|sont)(?: (?:ensuite|également|aussi|notamment|par ailleurs))? attendue?s?\b|\b(?:sera|seront) (?:reçue?s?|accueillie?s?) (?:par|à|au|en)\b/u);


/** After these, a programme lists nouns: "figurent :", "comprend", "sont prévus". */
export const NOUN_LIST_START = fr(/(?::|\bfigur\S*(?:\s+(?:également|aussi|notamment))?|\bcompren\S*|\bprévoit|\bprévue?s?|\bau programme(?:\s+(?:de la|du|de cette|de ce)\s+\S+)?|\b(?:marquée?s?|ponctuée?s?|achevée?s?|terminée?s?|conclue?s?)(?:\s*,\s*[^,.]{1,25},)?\s+(?:notamment\s+)?par|\bl'occasion\s+d[e']|\b(?:s'en\s+)?suivr(?:a|ont)(?:\s+(?:ensuite|alors|ensuite))?|\bsuivie?s?\s+d(?:e|u|es|'))\s*/giu);

/** A line that opens with an event of a programme: "Visite d'une exploitation…", "Table ronde sur…", "Déjeuner offert par…". */
export const EVENT_LINE = fr(new RegExp(String.raw`^(?:${[...PROGRAMME_EVENT_NOUNS, 'table ronde', 'inauguration', 'signature', 'dépôt de gerbe'].map(capitalOrNot).join('|')})(?![\p{L}])`, 'u'));

/** A visit marked by what it held: "Marqué, entre autres, par la visite de…", "ponctuée par un dîner". */
export const MARKED_BY = fr(/\b(?:marquée?s?|ponctuée?s?|rythmée?s?)(?:\s*,\s*[^,.]{1,25},)?\s+(?:notamment\s+)?par\b/iu);

/**
 * A move chained by "avant de" or "pour ensuite", and the next ones after "et de": "…, avant de
 * rencontrer le patronat", "avant d'avoir une séance de travail et de faire une déclaration" (not
 * "afin de": a purpose is part of its move).
 */
export const THEN_INFINITIVE = fr(new RegExp(String.raw`,?\s+(?:avant d(?:e\s+|')|pour ensuite\s+|et d(?:e\s+|')(?<=avant d[^.;]{0,120}))(?=${words(CHAINED_INFINITIVES)}\b)`, 'giu'));

/**
 * Where the next item of a noun list starts: an article or a possessive after a comma or "et"
 * ("…, sa présence au dîner"); not "et de la", which goes on with its item ("les parlementaires de
 * l'opposition et de la majorité").
 */
export const NEXT_NOUN_ITEM = /\s*,\s*(?:et\s+)?(?:par\s+)?(?=(?:un|une|des|la|le|les|l'|du|de la|sa|son|ses|leur|leurs)\s)|\s+et\s+(?:par\s+)?(?=(?:un|une|des|la|le|les|l'|sa|son|ses|leur|leurs)\s)/u;
