import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeedLoadError } from '../../src/errors.js';
import { buildRecords } from '../../src/record/index.js';

const file = (name: string, text: string | Uint8Array) => ({ file: name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

describe('record index', () => {
  it('builds a record per seed with its slug from the file name or the front matter', () => {
    const records = buildRecords([file('a.txt', 'Un.'), file('b.md', '---\nslug: bee\n---\nDeux.')]);
    assert.deepEqual(records.map((r) => [r.slug, r.file, r.lang]), [['a', 'a.txt', 'fr'], ['bee', 'b.md', 'fr']]);
  });

  it('orders sections by their first paragraph and gives their French ids', () => {
    const [record] = buildRecords([file('a.txt', 'Le ministre belge, Marc Dupont, a parlé.\n\nLes deux ministres ont évoqué la santé, l’eau et les routes.')]);
    assert.deepEqual(record?.sections.map((s) => [s.kind, s.id, s.title]), [['participants', 'participants', 'Participants'], ['topics', 'themes', 'Thèmes abordés']]);
  });

  it('lists every bad file at once, and a duplicate slug', () => {
    assert.throws(
      () => buildRecords([
        file('ok.txt', 'Bon.'),
        file('vide.txt', ''),
        file('js.md', '---js\n{}\n---\nX'),
        file('latin.txt', Uint8Array.from([0xe9])),
        file('ok.md', 'Encore.'),
      ]),
      (error: unknown) => {
        assert.ok(error instanceof SeedLoadError);
        assert.deepEqual(error.errors.map((e) => e.file), ['vide.txt', 'js.md', 'latin.txt', 'ok.md']);
        assert.match(error.message, /vide\.txt/);
        assert.match(error.message, /ok\.md.*slug « ok »/);
        return true;
      },
    );
  });
});
