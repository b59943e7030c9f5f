/** `npm run soak`, shortened: the script runs, loads every kind of page, and reports zero errors. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

describe('soak', () => {
  it('serves a short concurrent load over every page kind with zero errors, and says so', { timeout: 60_000 }, () => {
    assert.ok(existsSync(path.join(ROOT, 'dist', 'bundle', 'server.mjs')), 'npm test builds dist/ first');
    const run = spawnSync(process.execPath, ['bench/soak.mjs'], {
      cwd: ROOT,
      env: { ...process.env, SOAK_SECONDS: '2', SOAK_PORT: String(4300 + (process.pid % 500)) },
      encoding: 'utf8',
      timeout: 50_000,
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /requêtes servies : [1-9]\d*/u);
    assert.match(run.stdout, /erreurs : 0 /u);
    assert.match(run.stdout, /statuts : \{"200":\d+,"404":\d+,"405":\d+\}/u);
    assert.match(run.stdout, /latence p99 : \d+ ms/u);
    assert.match(run.stdout, /mémoire du serveur \(RSS\) : \d+ Mo avant, \d+ Mo après/u);
  });
});
