/** Cues for an invitation: the act of inviting, what it invites to, and background that is none. */
import { capitalOrNot, fr, words } from '../lexicon/compile.js';
import { EVENT_NOUNS, OCCASION_NOUNS } from '../lexicon/words.js';
import { TITLE } from './names.js';

/** An event or occasion noun, capital or not (the pattern it sits in is case-sensitive). */
const EVENT = `(?:${[...EVENT_NOUNS, ...OCCASION_NOUNS].map(capitalOrNot).join('|')})`;

/**
 * Active invitations: "a invité X à", "l'a invitée à", "invite", "a convié", "a transmis / adressé /
 * remis / renouvelé une invitation", "a été invité à". Not background ("à l'invitation de").
 */
export const INVITATION = fr(new RegExp(
  // "a invité", "a également invité", "a enfin invité", "a officiellement invité", "a, par ailleurs, invité", "a par ailleurs invité, en tant que…,".
  String.raw`(?:\b(?:a|ont|l'a|les a|l'ont|leur a|lui a|a été|ont été|avait|est)(?:\s*,[^,.]{1,40},)?\s+(?:également\s+|aussi\s+|par ailleurs\s+|en outre\s+|enfin\s+|ensuite\s+|\p{Ll}+ment\s+)?(?:invitée?s?|conviée?s?)[\s,])|` +
    // "invite", "invitait", "invitera": not the reflexive "s'invite" ("Le plat pays s'invite en France").
    String.raw`(?:(?<!\b(?:s'|se\s))\b(?:invite|invitent|invitait|invitaient|invitera|inviteront|invitant|convie|inviter|convier|conviant)[\s,]+(?!par\s))|` +
    // "a transmis au président un message d'amitié du président X, M. Y, ainsi qu'une invitation".
    String.raw`(?:\b(?:transmis|adressé|remis|renouvelé|lancé|réitéré|présenté|formulé|accepté|reçu|porteur|porteuse)\s*(?:(?:[^.]|(?<=\b\p{Lu}{1,2})\.){0,160}?[\s'])?(?:une|son|l'|leur|sa)\s*(?:lettre d')?invitation)|` +
    // "Une invitation a été adressée au ministre…"
    String.raw`(?:\binvitation\s+(?:officielle\s+)?(?:a|avait) été\s+(?:adressée|transmise|remise|lancée|envoyée|faite|renouvelée))|` +
    // A wish to see someone come, which is how some reports word it: "a exprimé le souhait de voir
    // la ministre revenir au Japon pour le forum…" (the target check below still applies).
    String.raw`(?:\b(?:souhait|vœu|voeu|désir)\s+de\s+voir\s)`,
  'iu',
));

/**
 * What an invitation invites to, right after it: an infinitive of attending or visiting
 * ("à participer", "à se rendre"), an event noun ("au sommet", "à la réunion") or a place ("à Pékin").
 * "a invité les entreprises à investir" invites to no event: a statement, not an invitation.
 */
export const INVITATION_TARGET = fr(new RegExp(String.raw`\b(?:à|au|aux|en|pour)\s+(?:le |la |l'|les )?(?:(?:se |s')?(?:participer|assister|prendre part|rendre|(?:re)?venir|visiter|effectuer|faire une visite|inaugurer|présider|coprésider|co-présider|célébrer|joindre|rejoindre|honorer|ouvrir|clôturer|intervenir|prononcer|découvrir|séjourner|déplacer|assister)\b|(?:la |le |l'|les |une |un )?(?:prochaine?s?\s+|grande?\s+)?${EVENT}|\p{Lu})`, 'u'));

/** Background, not an invitation: "à l'invitation de", "sur invitation du", "invité par". */
export const INVITATION_BACKGROUND = fr(/(?:à|sur) (?:l')?invitation (?:de|du|des|d')|(?<!(?:été|est|sont) )\binvitée?s? par\b/iu);

/** After the invitation: the infinitive that names the event ("à participer à", "à prendre part au"). */
export const INVITATION_EVENT = fr(/\b(?:invit|convi)\S*\s+(?:[^]*?\s)?(?:à|pour)\s+((?:se |s')?[a-zéèêàâîôûç]+(?:er|ir|re|dre))\s+(.+)$/iu);

export const INVITATION_EVENT_NOUN = fr(/\binvitation\s+(?:officielle\s+)?à\s+((?:se |s')?[a-zéèêàâîôûç]+(?:er|ir|re|dre))\s+(.+)$/iu);

/** "le souhait de voir X revenir au Japon pour le forum…": X, then the infinitive and what follows. */
export const INVITATION_WISH = fr(/\b(?:souhait|vœu|voeu|désir)\s+de\s+voir\s+(.+?)\s+((?:re)?venir|se rendre|participer|assister|prendre|visiter|effectuer|séjourner|honorer|rejoindre)\s+(.+)$/u);

/** An event named after an invitation without an infinitive: "son invitation … pour le Forum X". */
export const INVITATION_EVENT_NAMED = fr(new RegExp(String.raw`\b(?:invitation\b|invit(?:é|ée|és|ées|e|ent|er)\b|convi(?:é|ée|és|ées|e|ent|er)\b)[^.]*?\b(?:pour|à|au|aux)\s+(?:la |le |l'|les )?((?:prochaine?s?\s+)?${words(EVENT_NOUNS)}\b.*)$`, 'iu'));

/** Infinitives whose object is the event itself: "participer à la réunion" → "réunion". */
export const ATTEND_VERB = /^(?:participer|assister|prendre part|prendre|se joindre)$/iu;

/** "a invité le ministre iranien à" → the object between the verb and "à". */
export const INVITEE_AFTER_VERB = fr(/\b(?:invitée?s?|conviée?s?|invite|invitent|convie|inviter|convier)\s+(.+?)\s+(?:à|au|aux|en)\s/u);

/**
 * "a transmis au ministre une invitation" / "a adressé une invitation au ministre X à…", and
 * "a transmis l'invitation du Premier ministre X à son homologue à…": X invites, the subject only carries it.
 */
export const INVITEE_OF_NOUN = fr(/\b(?:transmis|adressé|remis|renouvelé|lancé|réitéré|présenté)\s+(?:(?:à|au|aux)\s+(.+?)\s+)?(?:une|son|sa|leur|l')\s*invitation(?:\s+officielle)?(?:\s+(?:de|du|des|d')\s*([^,]+?)(?=\s+(?:à|au|aux)\s))?(?:\s+(?:à|au|aux)\s+([^,]+?)\s+(?:à|pour)\s)?/u);

/** "Une invitation a été adressée au ministre français pour…". */
export const INVITEE_OF_PASSIVE_NOUN = fr(/\binvitation\s+(?:officielle\s+)?(?:a|avait) été\s+\p{Ll}+\s+(?:à|au|aux)\s+(.+?)\s+(?:pour|à|afin)\s/u);

/** "X a accepté (ou reçu) l'invitation du ministre à…": the subject is the one invited, the inviter follows. */
export const ACCEPTED = fr(/\b(?:accepté|reçu)\s+(?:[^.]{0,80}?\s)?(?:l'|une |son |sa |leur )invitation(?:\s+(?:officielle|renouvelée))?(?:\s+(?:de|du|des|d')\s*(.+?)(?=\s+(?:à|pour|de)\s|[,.]|$))?/u);

/** "X a été invité à…": the subject is the one invited. */
export const PASSIVE = fr(/\b(?:a|ont|avait) été (?:invitée?s?|conviée?s?)\b/u);

/** "l'a invité", "les a invités": an object pronoun standing for the other party. */
export const OBJECT_PRONOUN = fr(/\b(?:l'|les |la |le |lui |leur )(?:a|ont|avait)\s+(?:également\s+)?(?:invitée?s?|conviée?s?)/u);

/** Where the event phrase ends: a comma, a relative clause, the sentence end. */
export const EVENT_END = fr(/\s*(?:,|;|\.(?:\s|$)|\s(?:afin|pour y|qui se tiendra|prévue?s? (?:le|en|du|à))\b)/u);

/** "X a été invité … par M. Y": the inviter after "par". */
export const PASSIVE_BY = new RegExp(String.raw`\bpar\s+((?:${TITLE}\s+)?.+?)(?=\s+à\s|,|\.(?:\s|$)|$)`, 'u');
