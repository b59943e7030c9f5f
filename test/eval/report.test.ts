import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misfires, recordLine, reportLines, summaryLine } from '../../src/eval/report.js';
import type { RecordScore, WrongParagraph } from '../../src/eval/score.js';

const tally = (found: number, gold: number, right: number, predicted: number) => ({ found, gold, right, predicted });

/** A record's score with two wrong paragraphs, each decided by the rule given (null: the API names none). */
function withWrong(name: string, rules: readonly [string | null, string | null]): RecordScore {
  const wrong: WrongParagraph[] = [
    { n: 3, given: 'context', accepted: ['agenda'], rule: rules[0] },
    { n: 5, given: null, accepted: ['agenda', 'participants'], rule: rules[1] },
  ];
  return {
    name,
    scored: true,
    paragraphs: { right: 4, total: 6, wrong },
    people: { found: 2, gold: 3, extra: 1 },
    agenda: tally(1, 4, 1, 2),
    topics: tally(0, 2, 0, 0),
    invitation: false,
  };
}

const plain = withWrong('a07', [null, null]);
/** A report without a record, scored as scoreRecord scores it. */
const missing: RecordScore = {
  name: 'a01',
  scored: false,
  paragraphs: { right: 0, total: 6, wrong: [] },
  people: { found: 0, gold: 3, extra: 0 },
  agenda: tally(0, 4, 0, 0),
  topics: tally(0, 0, 0, 0),
  invitation: false,
};

describe('report', () => {
  it('words a record line as eval-split.mjs does: counts, then each wrong paragraph with the kind given and the kinds accepted', () => {
    assert.equal(
      recordLine(plain),
      'a07: para 4/6 people 2/3 (+1 extra) agenda 1/4 (1/2 right) topics 0/2 (0/0 right) invite wrong  wrong: 3:context≠agenda 5:missing≠agenda|participants',
    );
  });

  it('ends a record line after its counts when every paragraph is right', () => {
    const right: RecordScore = { ...plain, paragraphs: { right: 6, total: 6, wrong: [] }, invitation: true };
    assert.equal(recordLine(right), 'a07: para 6/6 people 2/3 (+1 extra) agenda 1/4 (1/2 right) topics 0/2 (0/0 right) invite ok');
  });

  it('adds the rule behind each wrong paragraph after the reference fields when the API names rules', () => {
    assert.equal(recordLine(withWrong('a07', ['framing', null])), `${recordLine(plain)}  rules: 3:framing`);
  });

  it('says so for a report without a record', () => {
    assert.equal(recordLine(missing), 'a01: no record for it');
  });

  it('counts the wrong paragraphs of each rule, most first, and nothing when the API names no rule', () => {
    const scores = [withWrong('a', ['framing', 'speaker']), withWrong('b', ['speaker', null]), withWrong('c', ['agenda-lead-in', 'speaker'])];
    assert.deepEqual(misfires(scores), [['speaker', 3], ['agenda-lead-in', 1], ['framing', 1]]);
    assert.deepEqual(misfires([plain]), []);
  });

  it('prints the summary in the format of eval-split.mjs, three decimals each', () => {
    const line = summaryLine({ para: 0.8291, paraPooled: 0.78125, peopleF1: 0.7716, agendaF1: 2 / 7, agendaRecall: 0.2118, topicsF1: 0.325, topicsRecall: 0.2131, invite: 0.88 });
    assert.equal(line, 'para=0.829 (pooled 0.781) people_f1=0.772 agenda_f1=0.286 (recall 0.212) topics_f1=0.325 (recall 0.213) invite=0.880');
  });

  it('prints the records, those without a record after them, and the summary last, with no rule line when no rule is named', () => {
    const lines = reportLines([missing, plain]);
    assert.deepEqual(lines.slice(0, 2), [recordLine(plain), 'a01: no record for it']);
    assert.equal(lines.length, 3);
    assert.match(lines[2] ?? '', /^para=0\.333 \(pooled 0\.333\) people_f1=0\.444 /);
  });

  it('lists the rules that misfire most just before the summary when rules are named', () => {
    const lines = reportLines([withWrong('a', ['framing', 'speaker']), withWrong('b', ['speaker', null])]);
    assert.equal(lines.length, 4);
    assert.equal(lines[2], 'rules that misfire most: speaker 2, framing 1');
    assert.match(lines[3] ?? '', /^para=/);
  });
});
