/** The invitation: who invites whom, to what, and in which paragraph. */
import {
  ACCEPTED, ATTEND_VERB, EVENT_END, INVITATION_EVENT, INVITATION_EVENT_NAMED, INVITATION_EVENT_NOUN, INVITATION_WISH, INVITEE_AFTER_VERB,
  INVITEE_OF_NOUN, INVITEE_OF_PASSIVE_NOUN, OBJECT_PRONOUN, PASSIVE, PASSIVE_BY,
} from '../cues/invitation.js';
import { TRAILING_NAME } from '../cues/names.js';
import { COUNTERPART } from '../cues/speech.js';
import type { RecordFacts } from '../facts.js';
import type { Decision, Invitation } from '../../types.js';

/**
 * Reads the first paragraph decided `invitation`.
 * @example "Li Licheng a invité le ministre iranien à participer à la réunion de l'OCS." →
 *   {inviter: 'Li Licheng', invitee: 'Issa Zarepour', event: "réunion de l'OCS", paragraph: 7}
 */
export function extractInvitation(record: RecordFacts, decisions: readonly Decision[]): Invitation | null {
  const facts = record.paragraphs[decisions.findIndex((d) => d.kind === 'invitation')];
  if (!facts) return null;
  const { paragraph, folded, people: info } = facts;
  const people = record.people;
  const text = paragraph.plain;
  // The subject as written when it names someone unresolved ("Le président russe"); never "Une invitation".
  const subject = info?.subject;
  const subjectName = info?.actor ?? (subject && (subject.kind === 'role' || subject.kind === 'name') ? subject.text : null);

  const accepted = ACCEPTED.exec(folded);
  if (accepted) {
    const by = accepted[1] ? (people.resolve(accepted[1], { exclude: subjectName }) ?? accepted[1]) : null;
    return { inviter: by, invitee: subjectName, event: eventOf(text, folded), paragraph: paragraph.n };
  }

  if (PASSIVE.test(folded)) {
    const by = PASSIVE_BY.exec(folded.slice(PASSIVE.exec(folded)!.index));
    const inviter = by?.[1] ? (people.resolve(by[1]) ?? by[1]) : null;
    return { inviter, invitee: subjectName, event: eventOf(text, folded), paragraph: paragraph.n };
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
  return { inviter, invitee, event: eventOf(text, folded), paragraph: paragraph.n };
}

/**
 * The event: the object of "participer à", the whole infinitive phrase for other verbs, or an
 * event named after the invitation ("son invitation … pour le Forum d'affaires X").
 */
function eventOf(text: string, folded: string): string | null {
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
