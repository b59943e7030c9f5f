import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SeedError, SeedLoadError } from '../../src/errors.js';
import { buildRecords } from '../../src/record/index.js';
import { MAX_SEED_BYTES, parseSeed, readSeedDir } from '../../src/record/load.js';
import { FIXTURES_DIR, ROOT, SEEDS_DIR, SEED_FILE, makeNonRegularSeeds } from '../helpers.js';

const seed = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });
/** The bad seeds of a folder, as the one report names them: file → message. */
function reportOf(seeds: Parameters<typeof buildRecords>[0]): Map<string, string> {
  try {
    buildRecords(seeds);
  } catch (error) {
    assert.ok(error instanceof SeedLoadError, String(error));
    return new Map(error.errors.map((e) => [e.file, e.message]));
  }
  return new Map();
}

/** Bytes this process has read through system calls so far (Linux). */
const bytesRead = () => Number(/^rchar: (\d+)$/mu.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);

const readSeedDirSync = (dir: string) => readdirSync(dir).map((file) => ({ file, bytes: readFileSync(path.join(dir, file)) }));

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

  it('refuses, by name and without opening them, seeds that are not regular files', { timeout: 20_000 }, async () => {
    // A link to a FIFO or to /dev/zero, or a FIFO, would hang the read if opened.
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-odd-'));
    writeFileSync(path.join(dir, 'bon.txt'), 'Un compte rendu.');
    const secret = `secret-${Math.random().toString(36).slice(2)}`;
    const expected = makeNonRegularSeeds(dir, secret);
    const report = reportOf(await readSeedDir(dir));
    assert.deepEqual([...report.keys()].sort(), Object.keys(expected).sort());
    for (const [file, pattern] of Object.entries(expected)) assert.match(report.get(file) ?? '', pattern, file);
    assert.doesNotMatch([...report.values()].join('\n'), new RegExp(secret, 'u'));
  });

  it('reads a SEEDS_DIR that is itself a link', async () => {
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'seeds-link-')), 'seeds');
    symlinkSync(SEEDS_DIR, link);
    assert.deepEqual((await readSeedDir(link)).map((s) => ('bytes' in s ? s.file : s.error.message)), [SEED_FILE]);
  });

  it('refuses a file over the cap from its size, without reading it (1.5 GB, sparse)', { skip: !existsSync('/proc/self/io') && 'needs /proc/self/io' }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-big-'));
    writeFileSync(path.join(dir, 'gros.txt'), '');
    truncateSync(path.join(dir, 'gros.txt'), 1536 * 1024 * 1024);
    const before = bytesRead();
    const report = reportOf(await readSeedDir(dir));
    const read = bytesRead() - before;
    rmSync(dir, { recursive: true }); // no 1.5 GB file left behind, even a sparse one
    assert.match(report.get('gros.txt') ?? '', /gros\.txt: fichier trop volumineux \(1610612736 octets, maximum 1048576\)/u);
    assert.ok(read < MAX_SEED_BYTES, `${read} bytes read`);
  });

  it('names a file over the cap with the other bad files, in one report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-mixed-'));
    writeFileSync(path.join(dir, 'bon.txt'), 'Un compte rendu.');
    writeFileSync(path.join(dir, 'gros.md'), Buffer.alloc(MAX_SEED_BYTES + 1, 0x61));
    writeFileSync(path.join(dir, 'juste.txt'), Buffer.alloc(MAX_SEED_BYTES, 0x61));
    writeFileSync(path.join(dir, 'yaml.md'), '---\ntitle: [ouvert\n---\nTexte.');
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    const report = reportOf(await readSeedDir(dir));
    assert.deepEqual([...report.keys()], ['gros.md', 'passwd.txt', 'yaml.md']);
    assert.match(report.get('gros.md') ?? '', /trop volumineux \(1048577 octets/u);
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

  it('never runs JavaScript front matter: a seed that would write a file leaves no file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'js-front-matter-'));
    for (const fence of ['---js', '---javascript', '---JAVASCRIPT', '---Js', '--- javascript']) {
      const target = path.join(dir, `ran-${fence.replace(/\W/gu, '')}.txt`);
      const text = `${fence}\n{ title: require('node:fs').writeFileSync(${JSON.stringify(target)}, 'ran') || 'x' }\n---\nTexte.\n`;
      assert.throws(() => parseSeed(seed('x.md', text)), SeedError, fence);
      assert.equal(existsSync(target), false, `${fence} wrote a file`);
    }
    // Through the loader as a folder of seeds, too.
    const seeds = mkdtempSync(path.join(tmpdir(), 'js-seeds-'));
    const target = path.join(dir, 'ran-from-dir.txt');
    writeFileSync(path.join(seeds, 'a.md'), `---javascript\n{ title: require('node:fs').writeFileSync(${JSON.stringify(target)}, 'ran') || 'x' }\n---\nTexte.\n`);
    assert.throws(() => buildRecords(readSeedDirSync(seeds)), SeedLoadError);
    assert.equal(existsSync(target), false);
  });

  it('keeps js-yaml at a version without the prototype-pollution advisory, and merge keys cannot pollute', () => {
    // GHSA-mh29-5h37-fv8m: prototype pollution through `<<` merge keys, fixed in 3.14.2 and 4.1.1.
    const version = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'js-yaml', 'package.json'), 'utf8')).version as string;
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    const fixed = major === 3 ? minor > 14 || (minor === 14 && patch >= 2) : major > 4 || (major === 4 && (minor > 1 || (minor === 1 && patch >= 1)));
    assert.ok(fixed, `js-yaml ${version} is affected`);
    const parsed = parseSeed(seed('p.md', '---\n<<: {__proto__: {pollue: oui}}\ntitle: Titre\n---\nTexte.\n'));
    parseSeed(seed('q.md', '---\n__proto__: {pollue: oui}\ntitle: Titre\n---\nTexte.\n'));
    assert.equal(({} as Record<string, unknown>)['pollue'], undefined);
    assert.equal(Object.getPrototypeOf(parsed.meta), Object.prototype);
    assert.deepEqual(Object.keys(parsed.meta), ['title']);
  });

  it('knows the line where the body starts, after the front matter', () => {
    assert.equal(parseSeed(seed('a.txt', 'Texte.')).bodyLine, 1);
    assert.equal(parseSeed(seed('b.md', '---\ntitle: x\n---\nTexte.\n')).bodyLine, 4);
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
