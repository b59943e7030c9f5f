/** The subjects discussed: the items of the enumerations in the topics section. */
import { ADVOCACY, PASSIVE_TOPICS, TOPIC_GERUND, TOPIC_VERB } from '../cues/topics.js';
import type { ParagraphFacts } from '../facts.js';
import { foldApostrophes } from '../lexicon/compile.js';
import type { Decision, Item } from '../../types.js';
import { aimsOf } from './aims.js';
import { cleanTopic, enumerationOf } from './enumeration.js';

const MAX_TOPIC_LENGTH = 120;
/** A cheap look for "été" (or "ete"), which every passive needs, before PASSIVE_TOPICS scans the text. */
const MAY_BE_PASSIVE = /[ée]t[ée]\s/iu;

/**
 * Whether a text names what was discussed outside the topics section: a verb or noun of discussion,
 * a plea, or a subject taken stock of in the passive ("L'état de la coopération a été diagnostiqué").
 */
const discusses = (folded: string): boolean => TOPIC_VERB.test(folded) || ADVOCACY.test(folded) || (MAY_BE_PASSIVE.test(folded) && PASSIVE_TOPICS.test(folded));

/**
 * Lists the subjects the record names, from the topics section and from any sentence of discussion, as
 * short phrases without articles.
 * @example extractTopics(['…dans les domaines de l'énergie et des transports.']) → ['énergie', 'transports']
 */
export function extractTopics(facts: readonly ParagraphFacts[], decisions: readonly Decision[]): Item[] {
  const topics: Item[] = [];
  facts.forEach((paragraph, i) => {
    const decision = decisions[i];
    if (!decision || decision.shape === 'headline') return;
    if (decision.kind === 'topics' && decision.shape === 'item') {
      for (const line of paragraph.paragraph.plain.split('\n')) if (!/:\s*$/u.test(line)) topics.push({ text: cleanTopic(line), paragraph: paragraph.n });
      return;
    }
    if (decision.shape !== 'prose' && decision.shape !== 'lead') return;
    // The aims both sides share or the visit serves ("ont décidé de renforcer…") are subjects,
    // in prose and in a lead before its colon ("…ils ont décidé de consolider leurs relations. A
    // cet effet, ils ont signé :"): the list under a lead is read as its items.
    for (const sentence of paragraph.sentences) for (const text of aimsOf(sentence.text)) topics.push({ text, paragraph: paragraph.n });
    if (decision.shape === 'lead') return;
    // Subjects are named wherever the paragraph went: in a speaker's words ("…, avec qui il a
    // évoqué A et B"), in the programme ("un échange de vues sur A"), in the framing. Outside the
    // topics section, only sentences with a verb or noun of discussion count.
    // So do the subjects one side pleads for or worries about ("a plaidé pour…").
    if (decision.kind !== 'topics' && !paragraph.cues.topicVerb && !discusses(paragraph.folded)) return;
    for (const sentence of paragraph.sentences) {
      const folded = decision.kind === 'topics' ? '' : foldApostrophes(sentence.text);
      if (decision.kind !== 'topics' && !discusses(folded)) continue;
      const items = enumerationOf(sentence.text);
      if (decision.kind !== 'topics' && items.length < 2 && TOPIC_GERUND.test(folded)) continue;
      for (const text of items) topics.push({ text, paragraph: paragraph.n });
    }
  });
  const seen = new Set<string>();
  return topics.filter(({ text }) => {
    const key = text.toLocaleLowerCase('fr');
    if (text.length < 2 || text.length > MAX_TOPIC_LENGTH || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
