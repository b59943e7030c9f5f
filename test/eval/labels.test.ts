import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseLabels } from '../../src/eval/labels.js';

const EVAL_DIR = new URL('../fixtures/eval/', import.meta.url);
const valid = { paragraphs: [{ n: 1, start: 'Le ministre', kinds: ['participants'] }], participants: [], topics: [], invitation: null, agenda: [] };
const parse = (value: unknown) => parseLabels(JSON.stringify(value), 'x.json');

describe('parseLabels', () => {
  it('reads a label file in the corpus format', () => {
    const labels = parseLabels(readFileSync(new URL('lyon-programme.json', EVAL_DIR), 'utf8'), 'lyon-programme.json');
    assert.equal(labels.paragraphs.length, 9);
    assert.deepEqual(labels.paragraphs[1], { n: 2, start: "La ministre québécoise de l'Économie, Hé", kinds: ['participants', 'context'] });
    assert.deepEqual(labels.participants, [{ name: 'Hélène Tremblay' }, { name: 'Jacques Morel' }]);
    assert.deepEqual(labels.invitation, { paragraph: 9 });
    assert.equal(labels.agenda.length, 3);
  });

  it('takes a file without topics as having none, and an invitation without a paragraph as none', () => {
    const { topics, ...rest } = valid;
    assert.deepEqual(parse(rest).topics, []);
    assert.deepEqual(parse({ ...valid, invitation: { event: 'une visite' } }).invitation, { paragraph: null });
  });

  it('names the file and the field out of shape', () => {
    assert.throws(() => parseLabels('{', 'x.json'), /^Error: x\.json: invalid JSON$/);
    assert.throws(() => parse({ ...valid, paragraphs: [{ n: 1, start: 'Le', kinds: ['programme'] }] }), /x\.json: paragraphs\[0\]\.kinds must list kinds among participants, topics/);
    assert.throws(() => parse({ ...valid, paragraphs: [] }), /x\.json: "paragraphs" must list/);
    assert.throws(() => parse({ ...valid, participants: [{ role: 'ministre' }] }), /x\.json: participants\[0\] needs a string "name"/);
    assert.throws(() => parse({ ...valid, agenda: [{ text: 'visite' }] }), /x\.json: "agenda"/);
    assert.throws(() => parse({ ...valid, invitation: { paragraph: '7' } }), /x\.json: "invitation"/);
  });
});
