/** A French title for a record whose front matter gives none, derived from its text. */
import type { ParagraphFacts } from '../facts.js';
import type { Decision, Participant } from '../../types.js';

const MAX_TITLE_LENGTH = 90;

/**
 * Front matter title, else the headline, else the meeting of its participants, else the first
 * sentence cut at a word. Never empty.
 * @example deriveTitle(undefined, …, [{name: 'A'}, {name: 'B'}]) → 'Rencontre entre A et B'
 */
export function deriveTitle(
  given: string | undefined,
  facts: readonly ParagraphFacts[],
  decisions: readonly Decision[],
  participants: readonly Participant[],
): string {
  if (given?.trim()) return given.trim();
  if (decisions[0]?.shape === 'headline' && facts[0]) return facts[0].paragraph.plain.trim();
  // The first two people named are the meeting's principals; attendees named later are not.
  const names = participants.slice(0, 2).map((p) => p.name);
  if (names.length === 2) return `Rencontre entre ${names[0]} et ${names[1]}`;
  if (names.length === 1) return `Entretien avec ${names[0]}`;
  const first = facts[0]?.sentences[0]?.text.trim() ?? '';
  if (first === '') return 'Compte rendu sans titre';
  if (first.length <= MAX_TITLE_LENGTH) return first.replace(/[.:;,]$/u, '');
  const cut = first.slice(0, MAX_TITLE_LENGTH).replace(/\s+\S*$/u, '');
  return `${cut}…`;
}
