import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SEEDS_DIR } from './helpers.js';

/** Starts src/server.ts with an environment; resolves with its output once it prints a URL or exits. */
function start(env: Record<string, string>): Promise<{ output: string; code: number | null; url: string | null; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill(), 20_000);
    const stop = () => {
      clearTimeout(timer);
      child.kill();
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/\S+/.exec(output)?.[0];
      if (url) resolve({ output, code: null, url, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code, url: null, stop });
    });
  });
}

describe('server', () => {
  it('prints its URL when ready and serves the seeds', async () => {
    const server = await start({ PORT: '0', HOST: '127.0.0.1', SEEDS_DIR });
    try {
      assert.ok(server.url, server.output);
      const res = await fetch(server.url);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /<html lang="fr">/);
    } finally {
      server.stop();
    }
  });

  it('refuses to start on bad seeds, naming every bad file with its line, with a non-zero exit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    writeFileSync(path.join(dir, 'bon.txt'), 'Un compte rendu.');
    writeFileSync(path.join(dir, 'vide.txt'), '');
    writeFileSync(path.join(dir, 'yaml.md'), '---\ntitle: [ouvert\n---\nTexte.');
    writeFileSync(path.join(dir, 'script.md'), '---js\n{}\n---\nTexte.');
    const server = await start({ PORT: '0', SEEDS_DIR: dir });
    server.stop();
    assert.equal(server.url, null, 'the server must not listen');
    assert.equal(server.code, 1);
    assert.match(server.output, /vide\.txt/);
    assert.match(server.output, /yaml\.md:\d+/);
    assert.match(server.output, /script\.md:1/);
    assert.doesNotMatch(server.output, /bon\.txt/);
  });
});
