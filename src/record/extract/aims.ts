/** Aims the meeting shares, read as subjects: "ont décidé de consolider les relations…" → "consolider les relations…". */
import { NEXT_AIM, SHARED_AIM } from '../cues/topics.js';
import { foldApostrophes } from '../lexicon/compile.js';
import { cleanItem } from '../text.js';

/** Longer than this, an aim runs into a clause of its own and is no phrase a reader would list. */
const MAX_AIM_WORDS = 14;

/**
 * Where an aim's phrase ends: punctuation, a purpose or means ("afin de", "à travers"), examples
 * ("notamment"), or another infinitive after "et à", "et de" ("et à examiner…").
 */
const AIM_END = /[,;:.!?()«»"“”]|’’|\s+(?:afin|pour|dans le cadre|à travers|grâce|notamment|en particulier)\b|\s+et\s+(?:(?:à|de)\s+|d')\p{Ll}+(?:er|ir|re)\b/u;

/**
 * The aims of a sentence, each with its infinitive: "…visant à renforcer leurs relations et à
 * examiner…" → ["renforcer leurs relations"]; "de renforcer A et de développer B" → both.
 * @example aimsOf('Ils ont décidé de consolider leurs liens, afin de…') → ['consolider leurs liens']
 */
export function aimsOf(sentence: string): string[] {
  const folded = foldApostrophes(sentence);
  const lead = SHARED_AIM.exec(folded);
  if (!lead) return [];
  const aims: string[] = [];
  let at = lead.index + lead[0].length;
  for (;;) {
    const rest = folded.slice(at);
    const next = NEXT_AIM.exec(rest);
    const end = AIM_END.exec(rest);
    const stop = Math.min(next?.index ?? Infinity, end?.index ?? Infinity, rest.length);
    const aim = cleanItem(sentence.slice(at, at + stop));
    if (aim !== '' && aim.split(/\s+/u).length <= MAX_AIM_WORDS) aims.push(aim);
    if (!next || next.index !== stop) return aims;
    at += next.index + next[0].length;
  }
}
