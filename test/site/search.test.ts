import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSearchIndex, highlight } from '../../src/site/search.js';
import { normalizeWord } from '../../src/site/search-text.js';
import { recordOf } from '../helpers.js';

const record = recordOf(
  'Le ministre iranien, Issa Karimi, a évoqué la numérisation industrielle.\n\nLes relations bilatérales entre l’Iran et la Chine progressent.\n\nUn centre d’innovation ouvrira à Pékin.',
  'essai.txt',
);
const index = buildSearchIndex([record]);
const found = (q: string) => index.search(q).map((h) => h.document.n);

describe('search', () => {
  it('ignores case and accents', () => {
    assert.deepEqual(found('NUMERISATION'), [1]);
    assert.deepEqual(found('numérisation'), [1]);
  });

  it('handles elisions on both sides', () => {
    assert.equal(found("l'Iran")[0], 2);
    assert.equal(found("l’iran")[0], 2);
    assert.deepEqual(found('d’innovation'), [3]);
    assert.deepEqual(found('innovation'), [3]);
  });

  it('matches singular and plural', () => {
    assert.deepEqual(found('relation bilatérale'), [2]);
    assert.deepEqual(found('centres'), [3]);
  });

  it('needs every word (AND) and finds nothing for an empty query', () => {
    assert.deepEqual(found('iran chine'), [2]);
    assert.deepEqual(found('   '), []);
  });

  it('links each hit to its paragraph anchor on the record page', () => {
    assert.equal(index.search('pékin')[0]?.document.url, '/records/essai#p3');
  });

  it('highlights the matched words, escaping the rest', () => {
    assert.equal(highlight('<b> Les relations', new Set([normalizeWord('relation')!])), '&lt;b&gt; Les <mark>relations</mark>');
  });
});
