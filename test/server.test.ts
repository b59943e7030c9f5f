import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SEEDS_DIR, makeNonRegularSeeds } from './helpers.js';
import { logLines, run, start, type Child } from './server-process.js';

const BAD_SEEDS: Record<string, string> = {
  'bon.txt': 'Un compte rendu.',
  'vide.txt': '',
  'yaml.md': '---\ntitle: [ouvert\n---\nTexte.',
  'script.md': '---js\n{}\n---\nTexte.',
  'profond.md': `---\ntitle: x\n---\n${'>'.repeat(100)} citation`,
};

/** A child's exit code and everything it printed. */
const collect = (child: Child) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });

describe('server', () => {
  it('prints its URL when ready and serves the seeds', async () => {
    const server = await start({ PORT: '0', HOST: '127.0.0.1', SEEDS_DIR });
    try {
      assert.ok(server.url, server.output());
      const res = await fetch(server.url);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /<html lang="fr">/);
    } finally {
      server.stop();
    }
  });

  it('logs each request as JSON (method, path, status, time), replayed pages included, never seed text', async () => {
    const server = await start({ PORT: '0', HOST: '127.0.0.1', SEEDS_DIR });
    try {
      assert.ok(server.url, server.output());
      // Wait until the pages are captured, so the next request is replayed from memory.
      for (let i = 0; i < 200 && !server.output().includes('pages en mémoire'); i++) await new Promise((r) => setTimeout(r, 25));
      // The capture worker recorded every page the site has.
      const built = logLines(server.output()).find((line) => typeof line['records'] === 'number');
      const captured = logLines(server.output()).find((line) => String(line['msg']).includes('pages en mémoire'));
      assert.ok(captured, server.output());
      assert.equal(captured['pages'], built?.['pages']);
      assert.equal((await fetch(`${server.url}/records/000_40d93fe09706aa0e/themes`)).status, 200);
      assert.equal((await fetch(`${server.url}/nulle/part`)).status, 404);
      assert.equal((await fetch(`${server.url}/`, { method: 'DELETE' })).status, 405);
      const { code } = await server.signal('SIGTERM');
      assert.equal(code, 0);
      const requests = logLines(server.output()).filter((line) => 'method' in line);
      const summary = requests.map(({ method, path: p, status }) => `${String(method)} ${String(p)} ${String(status)}`);
      assert.deepEqual(summary, ['GET /records/000_40d93fe09706aa0e/themes 200', 'GET /nulle/part 404', 'DELETE / 405']);
      for (const line of requests) assert.equal(typeof line['ms'], 'number');
      assert.doesNotMatch(server.output(), /Zarepour|ministère iranien/u, 'no seed text in the logs');
    } finally {
      server.stop();
    }
  });

  it('stops on SIGTERM and SIGINT: the request in flight finishes, exit 0 within seconds', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await start({ PORT: '0', HOST: '127.0.0.1', SEEDS_DIR });
      assert.ok(server.url, server.output());
      // A request whose answer is still being read when the signal arrives.
      const response = await fetch(`${server.url}/api/records/000_40d93fe09706aa0e`);
      const stopped = server.signal(signal);
      const body = await response.text();
      const { code, ms } = await stopped;
      assert.equal(code, 0, `${signal}: ${server.output()}`);
      assert.ok(ms < 5_000, `${signal} took ${ms} ms`);
      assert.equal(JSON.parse(body).slug, '000_40d93fe09706aa0e');
      assert.match(server.output(), /arrêt : toutes les requêtes terminées/u);
    }
  });

  it('refuses to start on bad seeds, naming every bad file with its line, with a non-zero exit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    for (const [file, text] of Object.entries(BAD_SEEDS)) writeFileSync(path.join(dir, file), text);
    const server = await start({ PORT: '0', SEEDS_DIR: dir });
    server.stop();
    assert.equal(server.url, null, 'the server must not listen');
    assert.equal(server.code, 1);
    const output = server.output();
    assert.match(output, /vide\.txt/);
    assert.match(output, /yaml\.md:\d+/);
    assert.match(output, /script\.md:1/);
    assert.match(output, /profond\.md:4: markdown imbriqué/u);
    assert.doesNotMatch(output, /bon\.txt/);
  });

  it('npm run check prints the same report without starting, and a summary when all is well', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    for (const [file, text] of Object.entries(BAD_SEEDS)) writeFileSync(path.join(dir, file), text);
    const [check, server] = await Promise.all([collect(run('check.ts', { SEEDS_DIR: dir })), collect(run('server.ts', { PORT: '0', SEEDS_DIR: dir }))]);
    assert.equal(check.code, 1);
    assert.equal(check.err, server.err, 'the same report');
    assert.match(check.err, /4 fichier\(s\) de compte rendu illisible/u);
    const good = await collect(run('check.ts', { SEEDS_DIR }));
    assert.equal(good.code, 0, good.err);
    assert.match(good.out, /1 compte\(s\) rendu\(s\) valide\(s\)/u);
    assert.match(good.out, /000_40d93fe09706aa0e\.txt → \/records\/000_40d93fe09706aa0e : 13 paragraphes/u);
  });

  it('refuses to start on seeds that are not regular files (links, a directory, a FIFO…), naming each in the one report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    writeFileSync(path.join(dir, 'bon.txt'), 'Un compte rendu.');
    writeFileSync(path.join(dir, 'yaml.md'), BAD_SEEDS['yaml.md'] ?? '');
    const secret = `secret-${Math.random().toString(36).slice(2)}`;
    const refused = Object.keys(makeNonRegularSeeds(dir, secret));
    const env = { PORT: '0', HOST: '127.0.0.1', SEEDS_DIR: dir, VIEWER_TEST_SECRET: secret };
    const server = await start(env);
    server.stop();
    assert.equal(server.url, null, 'the server must not listen');
    assert.equal(server.code, 1, server.output());
    for (const file of refused) assert.match(server.output(), new RegExp(`  - ${file.replace('.', '\\.')}: .*refusé`, 'u'));
    assert.match(server.output(), new RegExp(`${refused.length + 1} fichier\\(s\\) de compte rendu illisible`, 'u'));
    assert.match(server.output(), /yaml\.md:\d+: front matter YAML invalide/u);
    assert.doesNotMatch(server.output(), new RegExp(secret, 'u'), 'neither the linked file nor the environment is read');
    const check = await collect(run('check.ts', env));
    assert.equal(check.code, 1);
    assert.equal(check.err, server.output(), 'npm run check prints the same report');
  });

  it('npm run check reads more seeds than the file-descriptor limit lets it open at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-many-'));
    for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `s${String(i).padStart(3, '0')}.txt`), `Le ministre a reçu la délégation numéro ${i}.`);
    const child = spawn('sh', ['-c', 'ulimit -n 128 && exec "$@"', 'sh', process.execPath, '--import', 'tsx', path.join(ROOT, 'src', 'check.ts')], {
      cwd: ROOT,
      env: { ...process.env, SEEDS_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const check = await collect(child);
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /^400 compte\(s\) rendu\(s\) valide\(s\)/u);
  });
});
