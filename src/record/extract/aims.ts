/**
 * Aims the meeting shares and what both sides agreed to do, read as subjects: "ont décidé de
 * consolider les relations…" → "consolider les relations…"; "ont convenu de tenir une revue…".
 */
import { AGREED_TO, MAY_AIM, NEXT_AGREED, NEXT_AIM, SHARED_AIM } from '../cues/topics.js';
import { foldApostrophes } from '../lexicon/compile.js';
import { cleanItem } from '../text.js';

/** Longer than this, an aim runs into a clause of its own and is no phrase a reader would list. */
const MAX_AIM_WORDS = 14;

/**
 * Where an aim's phrase ends: punctuation, a purpose or means ("afin de", "à travers"), examples
 * ("notamment"), or another infinitive after "et à", "et de" ("et à examiner…").
 */
const AIM_END = /[,;:.!?()«»"“”]|’’|\s+(?:afin|pour|dans le cadre|à travers|grâce|notamment|en particulier)\b|\s+et\s+(?:(?:à|de)\s+|d')\p{Ll}+(?:er|ir|re)\b/u;

/** A time between commas: ", d'ici à la fin du mois de juin,", ", en juin prochain,", ", avant la fin de l'année,". */
const TIME_INCISE = /\s*,\s*(?:d['’]ici|en|avant|après|dès|courant|au plus tard|au cours|lors|à partir|à la fin|fin|début)\b[^,;.]{0,60},\s*/gu;

/**
 * The aims of a sentence, each with its infinitive: "…visant à renforcer leurs relations et à
 * examiner…" → ["renforcer leurs relations"]; "de renforcer A et de développer B" → both.
 * @example aimsOf('Ils ont décidé de consolider leurs liens, afin de…') → ['consolider leurs liens']
 */
export function aimsOf(sentence: string): string[] {
  if (!MAY_AIM.test(sentence)) return [];
  // "ont convenu de réunir, avant la fin de l'année, la commission": the time incise is no part of it.
  const text = sentence.replace(TIME_INCISE, ' ');
  const folded = foldApostrophes(text);
  const aim = SHARED_AIM.exec(folded);
  const lead = aim ?? AGREED_TO.exec(folded);
  if (!lead) return [];
  const nextOf = aim ? NEXT_AIM : NEXT_AGREED;
  const aims: string[] = [];
  let at = lead.index + lead[0].length;
  for (;;) {
    const rest = folded.slice(at);
    const next = nextOf.exec(rest);
    const end = AIM_END.exec(rest);
    const stop = Math.min(next?.index ?? Infinity, end?.index ?? Infinity, rest.length);
    const item = cleanItem(text.slice(at, at + stop));
    if (item !== '' && item.split(/\s+/u).length <= MAX_AIM_WORDS) aims.push(item);
    // "de redynamiser A, dont la dernière session remonte à 2017, et de renforcer B": the next aim
    // may come after a clause about this one.
    if (!next || (next.index !== stop && end?.[0] !== ',')) return aims;
    at += next.index + next[0].length;
  }
}
