/** Cues for who speaks or acts: finite verbs, subjects, pronouns, attributions, follow-ups. */
import { L, LETTERS, fr, words } from '../lexicon/compile.js';
import { SPEECH_VERB_STEMS, TALK_NOUNS } from '../lexicon/words.js';
import { PARTICLES_BEFORE, ROLE_WORD, TITLE } from './names.js';

const TALK_NOUN = words(TALK_NOUNS);

/** Subject pronouns that refer back to a person in a follow-up: "Il a ajouté…", "Elle a invité…". */
export const PERSON_PRONOUN = /^(?:il|elle)$/iu;

/** Impersonal "il", which stands for nobody: "Il est à noter", "Il s'agit", "Il convient", "Il y a". */
export const IMPERSONAL_IL = fr(/^il\s+(?:s'agit|convient|faut|y a|y avait|existe|reste|semble|importe|suffit|appartient|ressort|arrive|est (?:à noter|à souligner|à rappeler|à signaler|prévu|également prévu|aussi prévu|important|nécessaire|possible|question|temps|clair|vrai|probable|essentiel|utile)|a été (?:question|décidé|convenu|prévu|annoncé|rappelé|souligné))\b/iu);

/**
 * A speaker named after the words, in an inverted attribution: "« … », a déclaré M. Hemmati",
 * "…, a-t-il ajouté", "…, a souligné le vice-ministre russe", "…, estime la ministre", "…, selon M. Li".
 * Captures the speaker phrase (or the pronoun of "-t-il").
 */
export const INVERTED_SPEAKER = fr(new RegExp(String.raw`(?:,|»|")\s*(?:(?:a|ont|avait|avaient)(?:-t-(il|elle|ils|elles))?\s+\p{Ll}+(?:é|i|u|t|it|is)|\p{Ll}+(?:e|ent)-t-(il|elle)|\p{Ll}+(?:e|ent)(?=\s+(?:M\.|Mme|le|la|l'|\p{Lu}))|selon|d'après)(?:\s+(?!-t-)((?:(?:le|la|l')\s*)?${TITLE}\s+${PARTICLES_BEFORE}\p{Lu}[\p{L}'-]+(?:\s+${PARTICLES_BEFORE}\p{Lu}[\p{L}'-]+)*|[^,.;«»]+?))?\s*(?=\s+(?:lors|au cours|au début|à la fin|au terme|dans|devant|à l'issue|pendant|en marge|après|avant|depuis|sur|à|au|aux|en)\s|[,.;]|$)`, 'u'));

/** "Selon la ministre sénégalaise, …", "D'après M. Abiy, …": a speaker named before the clause. */
export const ACCORDING_TO = fr(/^(?:selon|d'après|pour)\s+([^,]{2,80}),/iu);

/** The other party, designated from the inviter's side: "son homologue", "son interlocuteur", "son hôte". */
export const COUNTERPART = fr(/^(?:son|sa|leur)\s+(?:homologue|interlocut\S+|hôte|hôtesse|invitée?)\b/iu);

/**
 * Openers that make a paragraph a follow-up statement of the last speaker:
 * "Selon lui, …", "Pour elle, …", "D'après lui", "À ses yeux", "De son côté, …", "Pour sa part".
 */
export const FOLLOW_UP_OPENER = fr(/^(?:selon (?:lui|elle)|pour (?:lui|elle)|d'après (?:lui|elle)|à (?:ses|son) (?:yeux|avis)|de son côté|pour sa part|il|elle)\b/iu);

/**
 * Finite verbs that end a subject noun phrase: auxiliaries ("a", "ont", "s'est", "est") and
 * present/future forms of reporting and meeting verbs ("déclare", "rencontrera").
 * The subject is the chunk just before the first one.
 */
export const FINITE_VERB = new RegExp(
  // After a letter + apostrophe only when it is an elided pronoun: "l'a invitée", not "aujourd'hui".
  String.raw`(?<![${LETTERS}-])(?<!${L}${L}')(?<!(?:^|[^${LETTERS}])[^lmtsLMTS]')(?:a|ont|avait|avaient|aura|auront|est|sont|était|sera|seront|s'est|se sont|s'était|` +
    String.raw`doit|doivent|devrait|devraient|va|vont|peut|peuvent|pourrait|pourraient|` + // modals: "devrait se rendre"
    String.raw`\p{Ll}+(?:era|eront|ira|iront|dra|dront)|` + // future tense, lower case only (not "Alexandra"): visitera, se rendra
    String.raw`(?:se |s')?(?:estime|souligne|affirme|déclare|rappelle|indique|ajoute|reçoit|salue|invite|plaide|insiste|appelle|réaffirme|explique|assure|estiment|soulignent|affirment|` +
    // present-tense acts of a visit: "entame une visite", "s'entretient avec", "conduit une délégation"
    String.raw`entame|effectue|conduit|entretient|participe|préside|accueille|dirige|mène|rend|achève|poursuit|considère|souhaite|exprime|propose|` +
    // nouns as well as verbs: only a verb when no determiner comes before ("la visite" is a noun)
    String.raw`(?<!(?:la|une|cette|sa|son|leur|de|d'une|de la|première|dernière|prochaine) )(?:visite|rencontre|demande)))` +
    String.raw`(?![${LETTERS}'-])`,
  'u',
);

/**
 * Subjects that are several people or an event, not one person: "les deux parties",
 * "les deux ministres", "les entretiens", "la réunion", "Le Canada et la Belgique".
 */
export const COLLECTIVE_SUBJECT = new RegExp(
  String.raw`^(?:les|des|ces|leurs)\s|(?:^|\s)(?:${TALK_NOUN}|réunion|rencontre|entretien|consultations|séance|sommet|visite|délégations|parties|deux pays)(?!${L})|\set\s`,
  'iu',
);

/** One side of the meeting as the subject: "La partie chinoise a exprimé…", "La délégation malienne s'est dite…". */
export const SIDE_SUBJECT = /^(?:la|cette) (?:partie|délégation) \p{Ll}+(?: \p{Ll}+)? (?:a|s'est|est|se dit|a aussi|a également|a, )/iu;

/** Reported speech before a future verb makes it a statement, not a programme: "a ajouté que". */
/** Conjunctions ending in "que" that report nothing: "ainsi que", "alors que", "parce que", "avant que"… */
const NOT_REPORTING_QUE = ['ainsi', 'alors', 'tandis', 'parce', 'bien', 'avant', 'après', 'dès', 'tant', 'plus', 'moins', 'autant', 'même', 'afin', 'pour', 'sans', 'pendant', 'depuis', 'tel', 'telle', 'tels', 'telles', 'sorte', 'mesure', "jusqu'à ce", 'ce', 'ne'];
export const REPORTED_THAT = fr(new RegExp(
  // Not a cleft either: "C'est à Paris que débute le voyage".
  // (The looks behind come after the word, so that they run at each "que" only, not at each position.)
  String.raw`\b(?:que|qu')(?<!\b(?:${NOT_REPORTING_QUE.join('|')})\s(?:que|qu'))(?<!\b(?:c'est|ce sont|c'était)\s[^,.;]{1,40}\s(?:que|qu'))\s|\bselon (?:lui|elle)\b`,
  'iu',
));

/** An attribution closing a sentence: "…, précise la même source", "…, a-t-il ajouté", "…, selon le communiqué". */
export const ATTRIBUTION_TAIL = fr(new RegExp(
  String.raw`[,»"”’]\s*(?:(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+)?(?:${SPEECH_VERB_STEMS.join('|')})\p{L}*(?:-t-(?:il|elle))?(?:\s+(?:encore|également|aussi|enfin|ensuite))?\s+(?:le|la|l'|les|un|une|M\.|Mme|\p{Lu})[^,]*$|` +
    String.raw`,\s*(?:a|ont)-t-(?:il|elle|ils|elles)\s+\p{Ll}+\s*$|,\s*(?:selon|d'après)\s[^,]*$`,
  'u',
));

/** A dateline before the text: "HANOÏ, 14 mars (VNA) – ", "OTTAWA — ", "Tunis, 5 mai — ", "Kinshasa, 28 mars (ACP).- ". */
export const DATELINE = /^\p{Lu}[^—–\n]{0,60}?(?:\s[—–-]|\)\s*\.?[—–-])\s+/u;

/** A singular role opening a subject: "Le ministre chinois", "la présidente". */
export const SINGULAR_ROLE = new RegExp(String.raw`^(?:le|la|l'|cette|ce|cet)\s*` + ROLE_WORD.source, 'iu');
