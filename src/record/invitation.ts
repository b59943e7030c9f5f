/** The invitation: who invites whom, to what, and in which paragraph. */
import { ATTEND_VERB, COUNTERPART, INVITATION_EVENT, INVITATION_EVENT_NAMED, INVITATION_EVENT_NOUN, INVITATION_WISH, foldApostrophes, fr } from './cues.js';
import type { PeopleAnalysis } from './participants.js';
import type { Assignment } from './segment.js';
import type { Invitation, Paragraph } from '../types.js';

/** "a invité le ministre iranien à" → the object between the verb and "à". */
const INVITEE_AFTER_VERB = fr(/\b(?:invitée?s?|conviée?s?|invite|invitent|convie|inviter|convier)\s+(.+?)\s+(?:à|au|aux|en)\s/u);
/** "a transmis au ministre une invitation" / "a adressé une invitation au ministre X à…". */
/** …and "a transmis l'invitation du Premier ministre X à son homologue à…": X invites, the subject only carries it. */
const INVITEE_OF_NOUN = fr(/\b(?:transmis|adressé|remis|renouvelé|lancé|réitéré|présenté)\s+(?:(?:à|au|aux)\s+(.+?)\s+)?(?:une|son|sa|leur|l')\s*invitation(?:\s+officielle)?(?:\s+(?:de|du|des|d')\s*([^,]+?)(?=\s+(?:à|au|aux)\s))?(?:\s+(?:à|au|aux)\s+([^,]+?)\s+(?:à|pour)\s)?/u);
/** The name closing a phrase: "Premier ministre Pham Minh Chinh" → "Pham Minh Chinh". */
const TRAILING_NAME = /\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*$/u;
/** "Une invitation a été adressée au ministre français pour…". */
const INVITEE_OF_PASSIVE_NOUN = fr(/\binvitation\s+(?:officielle\s+)?(?:a|avait) été\s+\p{Ll}+\s+(?:à|au|aux)\s+(.+?)\s+(?:pour|à|afin)\s/u);
/** "X a accepté l'invitation du ministre à…": the subject is the one invited, the inviter follows. */
const ACCEPTED = fr(/\baccepté\s+(?:l'|une |son |sa |leur )invitation(?:\s+(?:officielle|renouvelée))?(?:\s+(?:de|du|des|d')\s*(.+?)(?=\s+(?:à|pour|de)\s|[,.]|$))?/u);
/** "X a été invité à…": the subject is the one invited. */
const PASSIVE = fr(/\b(?:a|ont|avait) été (?:invitée?s?|conviée?s?)\b/u);
/** "l'a invité", "les a invités": an object pronoun standing for the other party. */
const OBJECT_PRONOUN = fr(/\b(?:l'|les |la |le |lui |leur )(?:a|ont|avait)\s+(?:également\s+)?(?:invitée?s?|conviée?s?)/u);
/** Where the event phrase ends: a comma, a relative clause, the sentence end. */
const EVENT_END = fr(/\s*(?:,|;|\.(?:\s|$)|\s(?:afin|pour y|qui se tiendra|prévue?s? (?:le|en|du|à))\b)/u);

/**
 * Reads the first paragraph assigned to `invitation`.
 * @example "Li Licheng a invité le ministre iranien à participer à la réunion de l'OCS." →
 *   {inviter: 'Li Licheng', invitee: 'Issa Zarepour', event: "réunion de l'OCS", paragraph: 7}
 */
export function extractInvitation(paragraphs: readonly Paragraph[], assignments: readonly Assignment[], people: PeopleAnalysis): Invitation | null {
  const index = assignments.findIndex((a) => a.kind === 'invitation');
  const paragraph = paragraphs[index];
  if (!paragraph) return null;
  const text = paragraph.plain;
  const folded = foldApostrophes(text);
  const info = people.paragraphs.get(paragraph.n);
  // The subject as written when it names someone unresolved ("Le président russe"); never "Une invitation".
  const subject = info?.subject;
  const subjectName = info?.actor ?? (subject && (subject.kind === 'role' || subject.kind === 'name') ? subject.text : null);

  const accepted = ACCEPTED.exec(folded);
  if (accepted) {
    const by = accepted[1] ? (people.resolve(accepted[1], { exclude: subjectName }) ?? accepted[1]) : null;
    return { inviter: by, invitee: subjectName, event: eventOf(text), paragraph: paragraph.n };
  }

  if (PASSIVE.test(folded)) {
    const by = /\bpar\s+((?:(?:M|MM|Mme|Mlle|Dr|Pr)\.?\s+)?.+?)(?=\s+à\s|,|\.(?:\s|$)|$)/u.exec(folded.slice(PASSIVE.exec(folded)!.index));
    const inviter = by?.[1] ? (people.resolve(by[1]) ?? by[1]) : null;
    return { inviter, invitee: subjectName, event: eventOf(text), paragraph: paragraph.n };
  }

  const ofNoun = INVITEE_OF_NOUN.exec(folded);
  const noun = ofNoun ?? INVITEE_OF_PASSIVE_NOUN.exec(folded);
  // Carried on someone's behalf: the one named after "l'invitation de" invites.
  const behalf = ofNoun?.[2] ? restoreApostrophes(text, folded, ofNoun[2]) : null;
  const behalfName = behalf ? TRAILING_NAME.exec(behalf)?.[0] ?? null : null;
  const inviter = behalf ? (behalfName && people.resolve(behalfName)) ?? behalf : subjectName;
  let invitee: string | null = null;
  const verb = OBJECT_PRONOUN.test(folded) ? null : INVITEE_AFTER_VERB.exec(folded);
  const phrase = ofNoun ? (ofNoun[1] ?? ofNoun[3]) : noun ? noun[1] : verb?.[1] ?? INVITATION_WISH.exec(folded)?.[1];
  if (phrase) {
    // "son homologue" of someone who is not here is not one of the participants.
    const resolved = behalf && COUNTERPART.test(phrase) ? null : people.resolve(phrase, { exclude: inviter });
    invitee = resolved ?? phrase.replace(/^(?:(?:les|le|la)\s+|l')/iu, '');
    invitee = restoreApostrophes(text, folded, invitee);
  } else if (OBJECT_PRONOUN.test(folded)) {
    invitee = people.participants.map((p) => p.name).filter((name) => name !== inviter).at(-1) ?? null;
  }
  return { inviter, invitee, event: eventOf(text), paragraph: paragraph.n };
}

/**
 * The event: the object of "participer à", the whole infinitive phrase for other verbs, or an
 * event named after the invitation ("son invitation … pour le Forum d'affaires X").
 */
function eventOf(text: string): string | null {
  const folded = foldApostrophes(text);
  const wish = INVITATION_WISH.exec(folded);
  const match = INVITATION_EVENT_NOUN.exec(folded) ?? INVITATION_EVENT.exec(folded) ?? (wish && [wish[0], wish[2], wish[3]]);
  if (!match?.[1] || match[2] === undefined) {
    const named = INVITATION_EVENT_NAMED.exec(folded);
    if (!named?.[1]) return null;
    const start = named.index + named[0].length - named[1].length;
    const end = EVENT_END.exec(named[1]);
    return text.slice(start, start + (end ? end.index : named[1].length)).trim() || null;
  }
  const verb = match[1];
  let rest = match[2];
  let offset = folded.length - rest.length;
  if (/^prendre$/iu.test(verb) && /^part\s/u.test(rest)) {
    rest = rest.replace(/^part\s+/u, '');
    offset = folded.length - rest.length;
  }
  const end = EVENT_END.exec(rest);
  const length = end ? end.index : rest.length;
  if (ATTEND_VERB.test(verb) || /^prendre$/iu.test(verb)) {
    const lead = /^(?:à la|à l'|au|aux|à|en|dans la|dans le)\s*/iu.exec(rest)?.[0].length ?? 0;
    return text.slice(offset + lead, offset + length).trim() || null;
  }
  const verbStart = offset - verb.length - 1;
  return text.slice(verbStart, offset + length).trim() || null;
}

/** Maps a phrase cut from the folded text back to the source's own apostrophes. */
function restoreApostrophes(text: string, folded: string, phrase: string): string {
  const at = folded.indexOf(phrase);
  return at >= 0 ? text.slice(at, at + phrase.length) : phrase;
}
