import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentError, SeedLoadError } from '../../src/errors.js';
import { buildRecords } from '../../src/record/index.js';
import { MAX_MARKDOWN_NESTING, markdownNesting, splitParagraphs } from '../../src/record/paragraphs.js';

describe('paragraphs', () => {
  it('cuts a .txt at blank lines, numbers from 1 and normalises whitespace', () => {
    const paragraphs = splitParagraphs('Un   premier\nparagraphe.\n\n\n  Un second.  \n', 'txt');
    assert.deepEqual(paragraphs.map((p) => [p.n, p.id, p.text]), [[1, 'p1', 'Un premier paragraphe.'], [2, 'p2', 'Un second.']]);
    assert.equal(paragraphs[0]?.html, null);
  });

  it('takes each line as a paragraph when a .txt has no blank line', () => {
    assert.deepEqual(splitParagraphs('Ligne un.\nLigne deux.\nLigne trois.', 'txt').map((p) => p.text), ['Ligne un.', 'Ligne deux.', 'Ligne trois.']);
  });

  it('drops ---, *** and ___ separators', () => {
    assert.deepEqual(splitParagraphs('A.\n\n---\n\nB.\n\n***\n\n___\n', 'txt').map((p) => p.text), ['A.', 'B.']);
  });

  it('keeps a bulleted .txt block as one list paragraph, one item a line', () => {
    const [, p] = splitParagraphs('Au programme :\n\n- une visite,\n- une rencontre.', 'txt');
    assert.equal(p?.listItem, true);
    assert.equal(p?.text, '- une visite,\n- une rencontre.');
  });

  it('reads a numbered point that is a long sentence as prose, a short numbered line as a list item', () => {
    const [point, item] = splitParagraphs('3- Le ministre des Mines et son hôte ont parlé longuement du tracé de la future voie ferrée, puis du financement des deux gares.\n\n2) Visite du port de pêche', 'txt');
    assert.equal(point?.listItem, false);
    assert.equal(item?.listItem, true);
  });

  it('makes each markdown list item a paragraph and each block another', () => {
    const paragraphs = splitParagraphs('# Titre\n\nUn *paragraphe*.\n\n- un\n- deux\n\n---\n', 'md');
    assert.deepEqual(paragraphs.map((p) => p.text), ['Titre', 'Un *paragraphe*.', 'un', 'deux']);
    assert.equal(paragraphs[1]?.plain, 'Un paragraphe.');
    assert.equal(paragraphs[1]?.html, 'Un <em>paragraphe</em>.');
    assert.deepEqual(paragraphs.map((p) => p.listItem), [false, false, true, true]);
  });

  it('renders markdown inert: no script, no event handler, no javascript: link', () => {
    const [p] = splitParagraphs('Voir <script>alert(1)</script> <img src=x onerror=alert(1)> [ici](javascript:alert(1)).', 'md');
    assert.ok(p?.html);
    assert.doesNotMatch(p.html, /<script|onerror=|javascript:|<img/i);
  });

  it('measures markdown nesting: quotes, indentation, brackets', () => {
    assert.deepEqual(markdownNesting('Texte.\n\n> > citée\n'), { depth: 2, line: 3 });
    assert.deepEqual(markdownNesting('- a\n  - b\n    - c'), { depth: 2, line: 3 });
    assert.deepEqual(markdownNesting('[[[x]]] (a)'), { depth: 3, line: 1 });
  });

  it('refuses markdown nested deeper than the parser can take, at load, naming the file and line', () => {
    const bombs = {
      'quotes.md': `Titre.\n\n${'>'.repeat(5000)} texte`,
      'lists.md': Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n'),
      'brackets.md': `${'['.repeat(50_000)}x${']'.repeat(50_000)}`,
    };
    for (const [file, body] of Object.entries(bombs)) {
      assert.throws(() => splitParagraphs(body, 'md'), ContentError, file);
    }
    const started = performance.now();
    assert.throws(
      () => buildRecords([{ file: 'quotes.md', bytes: new TextEncoder().encode(`---\ntitle: x\n---\n${bombs['quotes.md']}`) }]),
      (error: unknown) => error instanceof SeedLoadError && /quotes\.md:6: markdown imbriqué sur 5000 niveaux/u.test(error.message),
    );
    assert.ok(performance.now() - started < 1000, 'refused quickly');
    // Ordinary nesting passes.
    assert.equal(splitParagraphs(`${'> '.repeat(MAX_MARKDOWN_NESTING)}citation`, 'md').length, 1);
  });
});
