/** Cues for finding people: role words, civilities, the shape of a name and what may stand beside it. */
import { L, LETTERS, capitalOrNot, fr, words } from '../lexicon/compile.js';
import {
  ACTIVITY_NOUNS, ADDRESS_NOUNS, CARRY_VERBS, MONTHS, NAMED_PLACE_NOUNS, NOT_VERBS, PLACE_NOUNS, CIVILITIES, CORRESPONDENCE_NOUNS, CREDIT_LABELS, FEMININE_ROLES, FUNCTION_WORDS, HONORIFICS, INSTITUTION_NOUNS, NAME_PARTICLES, OPENING_ADVERBS, REGION_NAMES,
  ROLE_PREFIXES, ROLE_RANKS, ROLE_WORDS, TITLE_HEADS, WEEKDAYS,
} from '../lexicon/words.js';

export { NAME_PARTICLES };

/**
 * A role word, with its common prefixes: "ministre", "vice-ministre", "Premier ministre",
 * "ambassadrice", "chef de la diplomatie". Catches the head of a role phrase ("le ministre iranien").
 */
export const ROLE_WORD = new RegExp(
  String.raw`(?<![${LETTERS}-])(?:(?:${ROLE_PREFIXES.join('|')})-)?(?:(?:${ROLE_RANKS.join('|')})\s+)?(?:${ROLE_WORDS.join('|')})(?!${L})`,
  'iu',
);

const CIVILITY_WORD = `(?:${CIVILITIES.map((c) => c.source).join('|')})`;
/** A civility, with or without an honorific before it: "M.", "Pr", "S.E. Mme", "Son Excellence Monsieur", "S.E.". */
export const TITLE = String.raw`(?:(?:${HONORIFICS.join('|')})(?:\s?${CIVILITY_WORD})?|${CIVILITY_WORD})`;

/** A civility title right before a name (the text before the name ends with it). Case-sensitive. */
export const CIVILITY = new RegExp(String.raw`(?:^|[\s(«"])(${TITLE})\s+$`, 'u');
/** A civility opening a phrase, to strip it: "M. Hemmati" → "Hemmati". */
export const TITLE_PREFIX = new RegExp(String.raw`^(?:(?:le|la)\s+)?${TITLE}\s+`, 'u');

/** The gender a title tells: "Mme" and "S.E. Mme" a woman, "M." a man, "Dr" either (null). */
export function titleGender(title: string): boolean | null {
  const civility = title.replace(new RegExp(`^(?:${HONORIFICS.join('|')})\\s?`, 'u'), '');
  return CIVILITIES.find((c) => new RegExp(`^${c.source}$`, 'u').test(civility))?.feminine ?? null;
}

/** An article or title before a role that marks a woman: "la ministre", "sa", "Mme". */
export const FEMININE_ARTICLE = /(?:^|\s)(?:la|sa|Mme|Mlle|Madame)\s*$/iu;
/** Role words only a woman holds: "ambassadrice", "directrice", "présidente", "cheffe". */
export const FEMININE_ROLE = new RegExp(words(FEMININE_ROLES), 'iu');

/** Civility words as they stand lower-cased at a name's start ("Pr", "Mme"): never part of the name. */
const CIVILITY_FORMS = CIVILITIES.filter((c) => !c.givenName).map((c) => c.source.replace(/\\/gu, '').toLowerCase());

/**
 * Words that may not begin a personal name even when capitalised: articles, prepositions, sentence
 * openers ("Le", "Selon", "Lors", "Demain"), days, institutions, titles. Stops "La Chine a…" from
 * reading as a person; keeps "Pr" out of "Pr Awa Diop".
 */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...WEEKDAYS, ...TITLE_HEADS, ...CIVILITY_FORMS, ...OPENING_ADVERBS, ...ADDRESS_NOUNS,
]);

/** Words that, alone, name no person: a continent or region ("Afrique"). */
export const NOT_A_NAME_ALONE: ReadonlySet<string> = new Set(REGION_NAMES);

/** First words of a capitalised run that make all of it no personal name: bodies, places, programme lines. */
export const NAME_BLOCKERS: ReadonlySet<string> = new Set([...INSTITUTION_NOUNS, ...ACTIVITY_NOUNS]);

/**
 * What stands before a name mentioned in passing: the sender of a message, a letter or greetings
 * ("un message d'amitié du président comorien", "une lettre de son homologue"), the author of an
 * invitation someone carries ("a transmis l'invitation du Premier ministre, M."), or a predecessor
 * ("son prédécesseur,"). Not one who invites in person ("a accepté l'invitation de la ministre X"),
 * nor a recipient ("… au président X").
 */
const CARRIED = String.raw`(?:${words(CORRESPONDENCE_NOUNS)})|(?:${words(CARRY_VERBS)})\s*(?:(?:[^.;:]|(?<=\p{Lu})\.){0,90}?[\s'])?(?<!(?:\s|^)(?:à|sur)\s?)(?:une|l'|son|sa|leur)\s*invitations?`;
const UP_TO_NAME = String.raw`(?:(?!\s(?:à|au|aux)\s)(?:[^.;:!?«»"]|(?<=\p{Lu})\.)){0,80}`;
/** The same within one phrase: no comma, so that a later subject ("…, le ministre X") is not reached. */
const UP_TO_NAME_IN_PHRASE = String.raw`(?:(?!\s(?:à|au|aux)\s)(?:[^.,;:!?«»"]|(?<=\p{Lu})\.)){0,60}`;
/** Someone honoured, not met: "rendre hommage au Président X", "un hommage appuyé à X". */
const HONOURED = String.raw`hommages?(?:\s+${L}+){0,2}?\s+(?:à|au|aux)\b${UP_TO_NAME}`;
/** The one of an earlier visit or meeting: "après la visite du Président X", "depuis la dernière rencontre de X". */
const EARLIER_VISIT = String.raw`(?:après|depuis|suite à|à la suite d[eu]s?)\s+(?:la|sa|leur|une|cette)\s+(?:${L}+\s+)?(?:visite|venue|rencontre|séjour|passage|tournée)\s+(?:${L}+\s+)?(?:de|du|d')\b${UP_TO_NAME_IN_PHRASE}`;
/**
 * The principal of someone who came in their name: "la conseillère diplomatique du président
 * français X", "un émissaire du roi X". Not the envoy named after a comma ("l'envoyé du président, X").
 */
const PRINCIPAL = String.raw`(?:conseill(?:er|ère)s?|envoyée?s?|émissaires?|représentante?s?|épouse|époux)(?:\s+${L}+){0,2}?\s+(?:de|du|d')\s*(?:la\s+|l')?${ROLE_WORD.source}(?:[\s\u00a0]+(?:${L}|['-])+){0,4}?[\s\u00a0]+`;
/**
 * Someone succeeded, or a former official named in a complement, not present: "succède à M. X",
 * "signé par l'ancien président du conseil, X". Not the subject ("L'ancien conseiller fédéral X
 * était de passage…": a former official may well be the visitor).
 */
const SUCCEEDED = String.raw`(?:succèd${L}*|succédant|succédé|remplac${L}*|remplaç${L}*)\s+(?:à\s+)?${UP_TO_NAME_IN_PHRASE}|(?:par|de|du|à|au)\s+(?:l'|un\s+|une\s+|son\s+|sa\s+)?(?:ancien|ancienne|feu|défunte?)\s+(?:${ROLE_WORD.source})(?:(?!\s(?:a|ont|est|sont|était|avait|avaient)\s)[^.;:!?«»"]){0,60}?,?\s*`;
export const IN_PASSING_BEFORE = fr(new RegExp(
  String.raw`\b(?:(?:${CARRIED})(?:\s+[${LETTERS}']+){0,3}?\s+(?:de la part\s+)?(?:de|du|des|d')\b${UP_TO_NAME}|(?:son|sa|leur)\s+(?:prédécesseure?|prédécesseurs)\s*,?\s*|${HONOURED}|${EARLIER_VISIT}|${PRINCIPAL}|${SUCCEEDED})$`,
  'iu',
));

/** The author of an invitation, before the name: "L'invitation du président X…". */
export const INVITATION_OF_BEFORE = fr(new RegExp(String.raw`\b(?:l'|une\s+|cette\s+|son\s+|sa\s+)invitations?(?:\s+${L}+){0,2}?\s+(?:de|du|d')\b${UP_TO_NAME}$`, 'iu'));
/** …carried by someone, after the name: "…a été transmise au président par le secrétaire d'État". */
export const CARRIED_AFTER = fr(new RegExp(String.raw`^[^.;]{0,80}?\b(?:a|ont|avait|sera)\s+été\s+(?:${words(CARRY_VERBS)})\b`, 'iu'));

/** An institution's name and its "de" right before a capitalised run: the place it is in ("l'Institut Pasteur de Dà Lat"). */
export const INSTITUTION_OF_BEFORE = fr(new RegExp(String.raw`\b(?:${INSTITUTION_NOUNS.map(capitalOrNot).join('|')})(?:\s+\p{Lu}[\p{L}'-]*){0,3}\s+(?:de|du|d')[ \u00a0']*$`, 'u'));
/** Small words that are no adjective between a noun of place and its name ("l'usine avec Ahmed X"). */
const NOT_AN_ADJECTIVE = String.raw`(?:avec|et|ou|où|de|du|des|à|au|aux|en|par|pour|sur|dans|qui|que|dont|chez|vers|puis)(?!\p{L})`;
/** A building or a body right before a capitalised run: its name ("l'hôpital Ibn Sina", "le groupe émirien X"). */
export const NAMED_PLACE_BEFORE = fr(new RegExp(String.raw`\b(?:${NAMED_PLACE_NOUNS.map(capitalOrNot).join('|')})(?:\s+(?!${NOT_AN_ADJECTIVE})\p{Ll}+)?[ \u00a0]*$`, 'u'));
/** What follows the place of a dateline: "Lâm Dông (VNA) –", "Kinshasa, 28 mars 2023" (a month, not ", 45 ans,"). */
export const DATELINE_AFTER = fr(new RegExp(String.raw`^\s*(?:\(\p{Lu}{2,}\)|,\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?:${words(MONTHS)})(?!\p{L}))`, 'iu'));

/** A noun of place right before a capitalised run names the place: "la région de Western North", "l'aéroport international de Nội Bài". */
export const PLACE_NOUN_BEFORE = fr(new RegExp(String.raw`\b(?:${words(PLACE_NOUNS)})(?:\s+\p{Ll}+)?(?:\s+(?:de|du|des|d'))?[ \u00a0']*$`, 'iu'));

/** A preposition of place right before a capitalised word: "à Téhéran", "au Vietnam", "depuis Dakar". */
export const PLACE_BEFORE = /(?:^|[\s(])(?:à|au|aux|en|dans|depuis|vers|jusqu'à)[ \u00a0]*$/iu;
/**
 * A preposition that no personal name follows, whatever its length: "au Grand Sérail", "en Côte
 * d'Ivoire", "depuis Porto Novo"; and "À" opening a sentence ("À Đà Nẵng, ils…").
 */
export const PLACE_BEFORE_ANY = /(?:^|[\s(])(?:au|aux|en|dans|depuis|vers|jusqu'au|jusqu'aux)[ \u00a0]*$|(?:^|[.!?]\s+)À[ \u00a0]*$/u;

/**
 * A name that opens with one capital and an apostrophe: "N'Guessan", "O'Brien", "M'Bow". Not the
 * elided words a sentence may open with: "L'Algérie", "D'Alger", "C'est", "S'il", "J'ai", "T'as".
 */
const ELIDED_NAME = String.raw`(?![LDCSJTQ]')\p{Lu}'\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
/** A capitalised word of a name: "Zarepour", "Jean-Luc", "Szijjártó", "Al-Nahyan", "O'Brien". */
export const NAME_WORD = new RegExp(String.raw`^(?:${ELIDED_NAME}|\p{Lu}\p{Ll}+(?:['-][\p{Lu}\p{Ll}]\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})*)$`, 'u');

/** A capitalised word, or an upper-case surname as many francophone agencies write it ("ATTAF"). */
const CAPITALISED = String.raw`(?:${ELIDED_NAME}|\p{Lu}\p{Ll}+(?:['-][\p{Lu}\p{Ll}]\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})*(?![\p{Ll}]))`;
/** A run of capitalised words, particles allowed inside: "Ursula von der Leyen". */
export const NAME_RUN = new RegExp(String.raw`(?<![\p{L}'-])${CAPITALISED}(?:[ \u00a0]+(?:(?:${[...NAME_PARTICLES].join('|')})[ \u00a0]+)*${CAPITALISED})*`, 'gu');
/** A chunk that is only a name, with an optional title: "M. Hemmati", "Li Licheng", "Ursula von der Leyen". */
/** Particles before a capitalised word of a name, as a pattern source: "M. ben Saïd", "Vasconcelos de Almeida". */
export const PARTICLES_BEFORE = String.raw`(?:(?:${[...NAME_PARTICLES].join('|')})[\s\u00a0]+)*`;
export const NAME_ONLY = new RegExp(String.raw`^(?:(?:(?:le|la)\s+)?${TITLE}\s+${PARTICLES_BEFORE})?\p{Lu}[\p{L}'-]+(?:[\s\u00a0]+${PARTICLES_BEFORE}\p{Lu}[\p{L}'-]+)*$`, 'u');

/** A finite verb right after a name makes it a subject: "Li Licheng a invité". */
export const VERB_AFTER = fr(new RegExp(
  // Not the words that merely end like a verb: "et", "une", "que", "entre", "comme"…
  String.raw`^[ \u00a0]*(?:,[^,]{0,40},[ \u00a0]*)?(?:a|ont|avait|est|s'est|sera|doit|devrait|(?!(?:${NOT_VERBS.join('|')})\b)[a-zéèêàâîôûç]+(?:era|ira|dra|e|t))\b`,
  'u',
));
/** Verbs, prepositions and joins after which a full name is a person: "a reçu Ahmed Ali", "avec Ahmed Ali". */
export const PERSON_BEFORE = /(?:^|[\s,(«"—–-])(?:reçue?s?|rencontrée?s?|accueillie?s?|saluée?s?|félicitée?s?|remerciée?s?|invitée?s?|avec|par|et|entre|selon|pour|de la part de)[ \u00a0]*$|(?:^|[,;:—–]\s*)$/u;
/** The label of a credit line, right before what it credits: "Source : Sputnik Afrique". */
export const CREDIT_LABEL = new RegExp(String.raw`(?:^|[\s(])(?:${CREDIT_LABELS.join('|')})\s*:\s*$`, 'iu');
/** Where a role phrase may not reach across: a sentence end or a finite verb. */
export const ROLE_GAP_BREAK = /[.;!?()\n]|(?:^|\s)(?:a|ont|est|sont|s'est|se sont|était|avait|sera)\s/u;
/** Words that cut a role phrase from a later name: "le ministre, qui…", "lors de la visite du président X". */
export const ROLE_GAP_WORD = fr(/\b(?:chez|lors|depuis|vers|après|avant|pendant|durant|dont|qui|que|où)\b/iu);
/** Two capitalised words in a row: a name, not a role's complement ("de la Culture"). */
export const OTHER_NAME = /\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+/u;
/** A gap ending with a preposition or article: what follows completes the role, it is no name. */
export const COMPLEMENT_END = /(?:^|\s)(?:de|du|des|de la|d'|l'|la|le|les|au|aux|à|en|et|pour|sur|chargée?s? de|auprès de|avec)[ \u00a0]*$|(?:d'|l')$/iu;
/** Where a role written after a name ends. */
export const ROLE_END = /[,.;:)\n]|\s(?:a|ont|est|s'est|se sont|sera)\s/u;
/** The name closing a phrase: "Premier ministre Pham Minh Chinh" → "Pham Minh Chinh". */
export const TRAILING_NAME = /\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*$/u;
/** A group, never one person: "les parlementaires portugais", "des cadres". */
export const GROUP_PHRASE = /^(?:les|des|ces|leurs|aux|plusieurs)\s/iu;
