import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSearchIndex } from '../../src/site/search.js';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, highlight, resultsHtml, searchIndex, type SearchDocument } from '../../src/site/search-core.js';
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

  it('gives the same hits and markup from the prebuilt index as on the server (static export)', () => {
    const loaded = MiniSearch.loadJSON<SearchDocument>(index.json(), INDEX_OPTIONS);
    for (const q of ['numerisation', "l'Iran", 'relations bilaterales', 'centr', 'innovations pékin', 'absent', '']) {
      const server = index.search(q);
      const browser = searchIndex(loaded, q);
      assert.deepEqual(browser, server, q);
      assert.equal(resultsHtml(q, browser), resultsHtml(q, server));
    }
    assert.ok(index.search('numerisation').length > 0);
  });

  it('renders the results block: hint, count, escaped query and linked hits', () => {
    assert.match(resultsHtml('', []), /Saisissez/u);
    assert.equal(resultsHtml('<x>', []), '<p class="search-summary">Aucun résultat pour «\u202F&lt;x&gt;\u202F».</p>');
    const html = resultsHtml('pékin', index.search('pékin'));
    assert.match(html, /^<p class="search-summary">1 résultat pour/u);
    assert.match(html, /<a href="\/records\/essai#p3">/u);
    assert.match(html, /<mark>Pékin<\/mark>/u);
  });
});
