/** The subjects discussed: the items of the enumerations in the topics section. */
import type { ParagraphFacts } from '../facts.js';
import type { Decision, Item } from '../../types.js';
import { cleanTopic, enumerationOf } from './enumeration.js';

const MAX_TOPIC_LENGTH = 120;

/**
 * Lists the topics of the paragraphs decided `topics`, as short phrases without articles.
 * @example extractTopics(['…dans les domaines de l'énergie et des transports.']) → ['énergie', 'transports']
 */
export function extractTopics(facts: readonly ParagraphFacts[], decisions: readonly Decision[]): Item[] {
  const topics: Item[] = [];
  facts.forEach((paragraph, i) => {
    const decision = decisions[i];
    // A speaker's paragraph may list subjects too: "…, avec qui il a évoqué A, B et C".
    if (decision?.kind === 'participants' && decision.shape === 'prose' && paragraph.cues.topicVerb) {
      for (const sentence of paragraph.sentences) {
        const items = enumerationOf(sentence.text);
        if (items.length >= 2) for (const text of items) topics.push({ text, paragraph: paragraph.n });
      }
      return;
    }
    if (decision?.kind !== 'topics') return;
    if (decision.shape === 'item') {
      for (const line of paragraph.paragraph.plain.split('\n')) if (!/:\s*$/u.test(line)) topics.push({ text: cleanTopic(line), paragraph: paragraph.n });
    } else if (decision.shape === 'prose') {
      for (const sentence of paragraph.sentences) {
        for (const text of enumerationOf(sentence.text)) topics.push({ text, paragraph: paragraph.n });
      }
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
