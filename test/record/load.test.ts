import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SeedError } from '../../src/errors.js';
import { MAX_SEED_BYTES, parseSeed, readSeedDir } from '../../src/record/load.js';
import { FIXTURES_DIR, SEEDS_DIR, SEED_FILE } from '../helpers.js';

const seed = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

/** Asserts that parsing throws a SeedError naming the file (and line when given). */
function assertSeedError(file: string, bytes: Uint8Array, pattern: RegExp, line?: number): void {
  assert.throws(
    () => parseSeed({ file, bytes }),
    (error: unknown) => {
      assert.ok(error instanceof SeedError, `SeedError expected, got ${String(error)}`);
      assert.equal(error.file, file);
      assert.match(error.message, pattern);
      if (line !== undefined) assert.equal(error.line, line);
      return true;
    },
  );
}

describe('load', () => {
  it('keeps the seed text unchanged (SHA-256 of the shared seed)', () => {
    const digest = createHash('sha256').update(readFileSync(SEEDS_DIR + SEED_FILE)).digest('hex');
    assert.equal(digest, 'b392413f2f1ce133ceb2a631ca64a59a05e2445272c73dbcbb93e572120a1ccc');
  });

  it('reads every .txt and .md of a folder, sorted, and nothing else', async () => {
    const files = (await readSeedDir(FIXTURES_DIR)).map((s) => s.file);
    assert.ok(files.length >= 7);
    assert.deepEqual(files, [...files].sort());
    assert.ok(files.every((f) => /\.(txt|md)$/.test(f)));
  });

  it('parses a plain text file without front matter', () => {
    const parsed = parseSeed(seed('a.txt', 'Bonjour.\n\nAu revoir.\n'));
    assert.equal(parsed.format, 'txt');
    assert.deepEqual(parsed.meta, {});
    assert.equal(parsed.body, 'Bonjour.\n\nAu revoir.\n');
  });

  it('reads YAML front matter: a YAML date becomes YYYY-MM-DD, nothing is invented', () => {
    const parsed = parseSeed(seed('b.md', '---\ntitle: Un titre\ndate: 2025-03-12\nslug: mon-compte-rendu\n---\nTexte.\n'));
    assert.deepEqual(parsed.meta, { title: 'Un titre', date: '2025-03-12', slug: 'mon-compte-rendu' });
    assert.equal(parsed.body.trim(), 'Texte.');
  });

  it('refuses JavaScript front matter without running it, in any spelling', () => {
    for (const fence of ['---js', '---javascript', '---JS', '---JavaScript']) {
      const marker = `__seed_ran_${Math.random().toString(36).slice(2)}`;
      const text = `${fence}\n{ title: (globalThis.${marker} = 'oui') }\n---\nTexte.\n`;
      assertSeedError('x.md', new TextEncoder().encode(text), /JavaScript|YAML/, 1);
      assert.equal((globalThis as Record<string, unknown>)[marker], undefined, `${fence} ran`);
    }
  });

  it('names the line of malformed YAML', () => {
    assertSeedError('bad.md', new TextEncoder().encode('---\ntitle: ok\ndate: [2025\n---\nTexte.\n'), /YAML invalide/);
    const error = (() => {
      try {
        parseSeed(seed('bad.md', '---\ntitle: ok\n  date: : :\n---\nTexte.\n'));
      } catch (e) {
        return e as SeedError;
      }
      return null;
    })();
    assert.ok(error && typeof error.line === 'number' && error.line >= 2 && error.line <= 4, `line ${error?.line}`);
  });

  it('refuses unclosed front matter, a non-mapping front matter, an empty file', () => {
    assertSeedError('open.md', new TextEncoder().encode('---\ntitle: x\nTexte.\n'), /non fermé/, 1);
    assertSeedError('list.md', new TextEncoder().encode('---\n- a\n- b\n---\nTexte.\n'), /dictionnaire/);
    assertSeedError('empty.txt', new TextEncoder().encode('  \n\n'), /vide/);
    assertSeedError('only-meta.md', new TextEncoder().encode('---\ntitle: x\n---\n\n'), /aucun texte/);
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    assertSeedError('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2e]), /UTF-8/);
  });

  it('refuses an oversized file', () => {
    assertSeedError('big.txt', new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61), /volumineux/);
  });

  it('refuses a slug that could not be a URL segment', () => {
    assertSeedError('s.md', new TextEncoder().encode('---\nslug: ../etc\n---\nTexte.\n'), /slug invalide/);
  });
});
