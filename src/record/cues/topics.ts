/** Cues for what was discussed: topic verbs and nouns, enumerations, what both sides state. */
import { L, LETTERS, fr, words } from '../lexicon/compile.js';
import { AIM_INFINITIVES, MEETING_NOUNS, ON_PARTICIPLES, TALK_NOUNS, TALK_ON_NOUNS, TOPIC_VERB_STEMS } from '../lexicon/words.js';

/**
 * Both sides stating something together: "Les deux parties ont souligné l'importance de…", "Les
 * ministres ont réaffirmé…", also as a numbered point ("4. Les deux parties se sont félicitées…").
 * What both say is what was discussed, not one person speaking.
 */
export const JOINT_STATEMENT = fr(/^(?:\d{1,2}[.)\-–]\s+)?(?:[^,.]{0,60},\s*)?(?:les|ces)\s+(?:deux\s+)?(?:parties|ministres|responsables|délégations|pays|hommes|dirigeants|chefs de la diplomatie|chefs d'état|chefs d'etat|chefs de gouvernement|présidents|premiers ministres|gouvernements|homologues|interlocuteurs)\b[^.]{0,40}?\b(?:ont|se sont|sont)\s+(?:\p{Ll}+ment\s+|également\s+|aussi\s+|notamment\s+)?(?:souligné|affirmé|réaffirmé|exprimé|salué|insisté|plaidé|appelé|estimé|relevé|mis l'accent|mis en avant|convenu|décidé|signé|réitéré|reconnu|noté|dit|déclaré|félicitée?s?|engagée?s?|accordée?s?|procédé à la signature|procédé à l'échange)\b/iu);

const TOPIC_STEM = `(?:${TOPIC_VERB_STEMS.join('|')})`;
const ON_PARTICIPLE = `(?:${ON_PARTICIPLES.join('|')})(?:e|s|es)?`;
const TALK_NOUN = words(TALK_NOUNS);

/**
 * Talks and stress named with their subject after "sur": "un échange de vues sur", "l'accent a été
 * mis sur", "a mis l'accent sur", "ont insisté sur", "se sont entretenus sur", "a échangé avec le
 * maire, Mme X, sur".
 */
const TALKS_ON = String.raw`(?:${words(TALK_ON_NOUNS)}|l'accent (?:a été |est |sera )?mis|mis l'accent|insist${L}*(?:\s+${L}+ment)?|entreten(?:ir|u|ue|us|ues)(?:\s+(?:${L}+ment|également|aussi|notamment))?|(?:échang|entreten|entretien)${L}*\s+avec\s+(?:(?!\s(?:avant|après|afin|pour|puis|lors)\s)[^.;:]){1,80}?,?)\s+sur`;

/** Taking stock of a subject: "a dressé un état des lieux de…", "procéder à une évaluation de…". */
const STOCKTAKING_NOUN = String.raw`(?:état des lieux|tour d'horizon|bilan|évaluation|examen)`;
const STOCKTAKING = String.raw`${STOCKTAKING_NOUN}\s+(?:${L}+\s+)?d(?:e|es|u|')`;
/**
 * The act of taking stock, up to the "de" of its subjects: "procéder à une évaluation exhaustive"
 * leaves "de l'état de A et de l'examen de B", a list of partitive items.
 */
const TAKES_STOCK = String.raw`(?:dress${L}*|procéd${L}*\s+à|fai(?:t|re|sant)|établi${L}*)\s+(?:un|une|l'|le)\s*${STOCKTAKING_NOUN}(?:\s+(?!d(?:e|es|u|')(?!${L}))${L}+)?(?=\s+d(?:e|es|u|'))`;

/** Verbs of taking stock, in the passive only: "L'état de la coopération a été diagnostiqué", "… ont été évalués". */
const STOCKTAKEN = String.raw`(?:diagnostiqu|évalu|analys|étudi)(?:é|ée|és|ées)`;

/** A meeting or a trip given over to its subject: "une rencontre consacrée à l'Arctique", "ce déplacement sera consacré à…" (not "une exposition consacrée à"). */
const DEVOTED_TO = String.raw`(?:${words([...MEETING_NOUNS, 'déplacement', 'séjour', 'mission'])})(?:\s+${L}+){0,2}?\s+(?:consacrée?s?|dédiée?s?)\s+(?=à|aux|au)`;
/** "Concerner" as a verb, not the adjective of "les ministères concernés". */
const CONCERNING = String.raw`(?:(?:a|ont|avait|avaient)\s+(?:${L}+ment\s+)?concerné|concern(?:ent|eront|era|ait|aient|ant))(?!${L})`;

/**
 * A topic verb as a gerund: "…, en évoquant la récente rencontre des présidents". What it names is
 * a circumstance of what was said, mentioned in passing; only an enumeration there lists subjects.
 */
export const TOPIC_GERUND = fr(new RegExp(String.raw`\ben\s+${TOPIC_STEM}ant\b`, 'iu'));

/**
 * What was discussed: topic verbs ("ont évoqué", "ont abordé", "ont passé en revue", "ont discuté
 * de", "ont porté sur", "d'examiner", "ont échangé sur", "se sont penchés sur"); a discussion
 * noun before a colon ("Au cœur des discussions : A, B"); what the meeting agreed ("ont convenu de
 * créer…").
 */
export const TOPIC_VERB = fr(new RegExp(
  String.raw`\b(?:${CONCERNING}|${TOPIC_STEM}\S*|articulée?s? autour|autour d(?:e|u|es)\b|${DEVOTED_TO}\b|il (?:a|avait|est|était|sera)\s+(?:(?:${L}+ment|également|aussi|enfin|ensuite|surtout|notamment)\s+)?(?:été\s+)?question|` +
    String.raw`fait le point sur|faire le point sur|au menu d(?:es|u) (?:${TALK_NOUN}|entretien|réunion|rencontre)|à l'ordre du jour|passé en revue|passer en revue|passent en revue|` +
    String.raw`port(?:é|ée|és|ées|er|ent|eront|era|ait|aient|ant) (?:notamment |essentiellement |principalement |aussi bien |à la fois |tant )?sur|échang\S* (?:sur|au sujet)|${ON_PARTICIPLE} sur|${TALK_NOUN}\s*:|(?:ont|sont) convenue?s? d|se sont (?:accordée?s?|entendue?s?) (?:sur|pour)|${TALKS_ON}|au (?:centre|cœur|coeur) d(?:es|u|e la|e l')\s*${words([...TALK_ON_NOUNS, ...MEETING_NOUNS])}|${STOCKTAKING})`,
  'iu',
));

/** The subject before its verb: "Les perspectives … ont été au centre des discussions". */
export const CENTRE_OF_TALKS = fr(new RegExp(String.raw`^(.+?)\s+(?:ont été|ont|sont|seront|étaient|était|a été|est|sera)\s+(?:(?:également|aussi|notamment)\s+)?au (?:centre|cœur|coeur|menu) d(?:es|u|e la|e l')\s*${words([...TALK_ON_NOUNS, ...MEETING_NOUNS])}\b`, 'iu'));

/**
 * Subjects before a topic verb in the passive: "A, B et C ont été abordés", "A, tout comme B, ont
 * également été évoqués", "La question de X a été examinée". The group before the verb is the list.
 */
export const PASSIVE_TOPICS = fr(new RegExp(String.raw`^(.+?),?\s+(?:ont|a|avaient|avait|seront|sera|sont|est)\s+(?:(?:également|aussi|notamment|longuement|ensuite|par ailleurs|enfin)\s+)*été\s+(?:(?:également|aussi|longuement|largement|notamment)\s+)*(?:${TOPIC_STEM}${L}*|passée?s? en revue|débattue?s?|${STOCKTAKEN})(?!${L})`, 'iu'));

/** Topic nouns and enumeration openers: "thèmes", "sujets", "questions", "dossiers", "dans les domaines". */
export const TOPIC_NOUN = fr(/\b(?:thèmes?|sujets?|questions|dossiers|points|domaines|secteurs|ordre du jour|thématiques?|accords|mémorandums|conventions)\b/iu);

/**
 * A lead-in of what one side brought to the table: "a présenté au ministre ses principales
 * préoccupations :", "les priorités suivantes :". Its list is what was discussed.
 */
export const CONCERNS_LISTED = fr(/\b(?:préoccupations|priorités|doléances|attentes|revendications|propositions|recommandations|axes de coopération|pistes de coopération)\b[^:]{0,40}:\s*$/iu);

/** Enumeration markers: "notamment", "en particulier", "tels que", "parmi", "dans les domaines de". */
export const ENUMERATION_MARKER = fr(/\b(?:notamment|en particulier|tels? que|telles? que|parmi|dans les (?:domaines|secteurs))\b/iu);

/**
 * A subject both sides plead for, worry about or welcome together (a plural verb: what one person
 * asks for is their statement): "ont plaidé pour…", "ont exprimé leur préoccupation face à…", "se
 * sont félicitées de l'entrée en production…", "ont souligné l'importance de…".
 */
const ADVOCACY_SOURCE = String.raw`(?:ont\s+(?:${L}+ment\s+|également\s+|aussi\s+)?(?:plaidé\s+(?:pour|en faveur d(?:e|u|es|'))|réclamé|(?:exprimé|fait part d(?:e|')|dit)\s+leur\s+(?:vive\s+|profonde\s+)?(?:préoccupation|inquiétude|satisfaction)\s+(?:face à|quant à|concernant|au sujet d(?:e|u|es|')|devant)|souligné\s+l'importance\s+d(?:e|u|es|'))|se sont\s+(?:${L}+ment\s+|également\s+|aussi\s+)?félicitée?s\s+d(?:e|u|es|'))`;
/** A cheap look for the verbs of a plea, before the full pattern. */
export const MAY_PLEAD = /plaid[ée]|plaidant|r[ée]clam[ée]|sollicit[ée]|propos[ée]\s|pr[ée]sent[ée]\s|mis en avant|reconnaissance|gratitude|int[ée]r[êe]t\s+pour|remerci[ée]|int[ée]ress[ée]e?\s+par/iu;
/**
 * What one speaker pleads for, asks, proposes or thanks for: "a plaidé pour…", "a, pour sa part,
 * présenté les besoins de sa commune :", "a remercié la Suisse pour…". Not "a présenté ses lettres".
 */
const PLEA_SOURCE = String.raw`(?:(?:(?:a|avait)(?:\s*,\s*[^,]{1,25},\s*|\s+)|et\s+|^\s*)(?:(?:${L}+ment|également|aussi|ensuite|enfin|d'abord|par ailleurs|en outre)\s+)*(?:plaidé\s+(?:pour|en faveur d(?:e|u|es|'))|réclamé|sollicité\s+(?:l'appui|le soutien|l'aide|l'accompagnement)\s+[^,.]{0,40}?\s+pour|sollicité(?=\s+(?:les|le|la|l'|un|une|des)\s)|proposé(?=\s+(?:les|le|la|l'|un|une|des|trois|deux|quatre|plusieurs)\s)|présenté(?:\s+à\s+(?:son|sa|ses|leur|leurs|l'|la|le|les)\s*${L}+)?(?=\s+(?:les|le|la|l'|un|une|des)\s)(?![^.;]{0,40}\b(?:lettres|condoléances|vœux|voeux|félicitations)\b)|mis en avant|exprimé\s+(?:sa|son)\s+(?:reconnaissance|gratitude|intérêt)\s+pour|remercié\s+[^,.]{1,40}?\s+pour(?!\s+(?:leur|leurs|son|sa|ses|votre|vos)\s))|plaidant\s+(?:pour|en faveur d(?:e|u|es|'))|se disant intéressée?\s+par)`;
const SIDES_ADVOCATE = fr(new RegExp(String.raw`\b${ADVOCACY_SOURCE}`, 'iu'));
const ONE_PLEADS = fr(new RegExp(String.raw`\b${PLEA_SOURCE}`, 'iu'));
/**
 * Whether a text pleads, worries or welcomes (both sides) or pleads, proposes or thanks (one
 * speaker). The plea pattern runs only where one of its verbs occurs: its optional auxiliary
 * would otherwise be tried at every "a" of the text.
 */
export const ADVOCACY = { test: (text: string): boolean => SIDES_ADVOCATE.test(text) || (MAY_PLEAD.test(text) && ONE_PLEADS.test(text)) };
/** Where a plea's subjects start, as ENUMERATION_START gives the others'; run only where MAY_PLEAD holds. */
export const PLEA_START = fr(new RegExp(String.raw`\b${PLEA_SOURCE}\s*`, 'giu'));

/**
 * Where an enumeration of subjects starts, latest match wins: after a topic verb, "notamment",
 * "en particulier", "dans les domaines", "tels que", or a colon.
 * The captured list then runs to the end of the sentence.
 */
export const ENUMERATION_START = fr(new RegExp(
  String.raw`(?:(?:dans les|aux) (?:domaines|secteurs)|(?:se sont |s'est )?(?:accordée?s?|entendue?s?) sur|notamment|en particulier|tels? que|telles? que|:|` +
    // any tense of a topic verb: "ont évoqué", "évoqueront", "a examiné", "d'examiner"
    String.raw`(?:d'|de\s+)?(?:${TOPIC_STEM}${L}*|${ON_PARTICIPLE}(?=\s+sur)|${CONCERNING}|pass(?:er|é|ent|eront)\s+en\s+revue|échang${L}*(?=\s+(?:sur|au sujet))|port(?:é|ée|ées|és|er|ent|eront|era|ait|aient|ant)(?=(?:\s+(?:${L}+ment|aussi bien|à la fois|tant))*\s+sur))` +
    String.raw`(?:\s+(?:notamment|essentiellement|principalement|aussi bien|à la fois|tant|aussi|également|ensuite|longuement))*(?:\s+(?:sur|au sujet de|au sujet des|au sujet du))?|` +
    String.raw`${TALKS_ON}|${TAKES_STOCK}|(?:signé|paraphé)(?!${L})(?:\s+${L}+ment)?|fait le point sur|au menu d(?:es|u) ${L}+|autour|${DEVOTED_TO}|question(?!${L})(?:\s+(?:également|aussi|notamment))*|` +
    String.raw`figur(?:ent|aient|ait|e)(?:\s+notamment)?|` +
    // "les questions relatives à A, à B": the subjects are what the generic noun is about
    String.raw`(?:(?:les|des|aux)\s+)?(?:questions|sujets|dossiers|points|problèmes|enjeux)\s+(?:relati(?:f|fs|ve|ves)|liée?s?|ayant trait)\s+(?=à|au|aux)|${ADVOCACY_SOURCE})\s*`,
  'giu',
));


/** Determiners by class: an enumeration repeats the class of its first item ("de l'IA, de la…"). */
export const PARTITIVE = /^(?:(?:de la|du|des|de)\s+|de l'|d')/iu;

/** The same for a list after "à": "relatives à la pêche, à la transhumance et aux visas". */
export const DATIVE = /^(?:(?:à la|au|aux|à)\s+|à l')/iu;

export const ARTICLE = /^(?:(?:les|la|le|une|un|des)\s+|l')/iu;

export const LEADING_WORDS = /^(?:(?:et|ainsi que|notamment|en particulier|surtout|mais aussi|aussi|également|dont|sur|plusieurs \S+)[\s,]+)+/iu;

/** A time or circumstance between commas right after the opener: ", lors de cette audience,". */
export const LEADING_INCISE = /^\s*,\s*(?:lors|au cours|à l'occasion|à cette occasion|durant|pendant|en outre|par ailleurs|de plus|également|aussi|enfin|selon|d'après)\b[^,]{0,60},\s*/iu;

/** Agreements signed, which are what was discussed: "ont signé :", "la signature de trois accords". */
export const SIGNED = fr(/\b(?:(?:ont|a|avaient|avait)\s+(?:\p{Ll}+ment\s+|également\s+|aussi\s+|ensuite\s+)?(?:signé|paraphé|conclu)|signature\s+(?:de|des|du|d'))\b/iu);

/**
 * An aim that is the meeting's, not one speaker's: both sides resolving to it ("ont décidé de",
 * "la volonté des deux pays de"), or the visit serving it ("visant à", "a pour objectif de").
 * SHARED_AIM's match ends where the aim's infinitive starts.
 */
const SHARED_AIM_LEAD = String.raw`(?:(?:ont|avons|se sont)\s+(?:${L}+ment\s+|également\s+|aussi\s+|ensuite\s+)?(?:décidé|convenu|résolu|engagée?s|(?:exprimé|réaffirmé|affirmé|affiché|manifesté)\s+leur\s+(?:ferme\s+)?(?:volonté|détermination|engagement|souhait|désir))|(?:volonté|détermination|engagement|souhait|désir)\s+(?:commune?\s+)?des\s+deux\s+${L}+(?:\s+${L}+)?|vis(?:e|ent|ant|ait|aient|era|eront)|(?:a|ont|avait|avaient)\s+pour\s+(?:but|objectif|objet|ambition))`;
export const SHARED_AIM = fr(new RegExp(String.raw`\b${SHARED_AIM_LEAD}\s+(?:(?:à|de)\s+|d')(?=(?:${words(AIM_INFINITIVES)})\b)`, 'iu'));
/** The next aim of the same lead: "de renforcer A et de développer B", "à renforcer A et à examiner B". */
export const NEXT_AIM = fr(new RegExp(String.raw`\s+et\s+(?:(?:à|de)\s+|d')(?=(?:${words(AIM_INFINITIVES)})\b)`, 'iu'));

/** An infinitive, by its ending ("réunir", "tenir", "mettre en place"). */
const INFINITIVE_AHEAD = String.raw`(?=\p{Ll}+(?:er|ir|re)(?![${LETTERS}]))`;
/**
 * What both sides agreed to do, whatever the verb: "Les deux parties ont convenu de tenir une revue
 * conjointe…", "sont convenues d'organiser un atelier…". What they agreed on was discussed.
 */
export const AGREED_TO = fr(new RegExp(String.raw`\b(?:ont|sont|se sont)\s+(?:(?:${L}+ment|également|aussi|enfin|ensuite)\s+)?(?:convenue?s?|décidé|résolu)\s+(?:de\s+|d')${INFINITIVE_AHEAD}`, 'iu'));
/** A cheap look for the words an aim or an agreement needs, before the full patterns. */
export const MAY_AIM = fr(new RegExp(`${words(AIM_INFINITIVES)}|conven|décid|résolu`, 'iu'));
/** The next thing agreed: "de réunir A et de créer B". */
export const NEXT_AGREED = fr(new RegExp(String.raw`\s+et\s+(?:de\s+|d')${INFINITIVE_AHEAD}`, 'iu'));
