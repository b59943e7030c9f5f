import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { exportSite, fileFor } from '../src/export.js';
import { loadSite } from '../src/load-site.js';
import { createApp } from '../src/web/app.js';
import { capturePages, replayHandler } from '../src/web/replay.js';
import { SEEDS_DIR, exchange } from './helpers.js';

describe('export', () => {
  it('lays URLs out as a static host serves them', () => {
    assert.equal(fileFor('/', 'text/html; charset=utf-8'), 'index.html');
    assert.equal(fileFor('/records/a-b', 'text/html; charset=utf-8'), 'records/a-b/index.html');
    assert.equal(fileFor('/api/records', 'application/json; charset=utf-8'), 'api/records.json');
    assert.equal(fileFor('/static/style.0123456789.css', 'text/css; charset=utf-8'), 'static/style.0123456789.css');
    assert.equal(fileFor('/static/search-index.0123456789.json', 'application/json; charset=utf-8'), 'static/search-index.0123456789.json');
  });

  it('writes every page byte-identical to what the server sends, with .gz and .br twins', async () => {
    const site = await loadSite({ seedsDir: SEEDS_DIR, baseUrl: 'http://localhost:3000' });
    const dir = mkdtempSync(path.join(tmpdir(), 'export-'));
    const files = await exportSite(site, dir);
    const paths = [...site.pages.keys()];
    const app = createApp(site);
    const replay = replayHandler(await capturePages(app, paths), app);
    assert.equal(files.length, paths.length + 2);
    const searchFile = readFileSync(path.join(dir, 'recherche', 'index.html'));
    assert.ok(searchFile.equals((await exchange(replay, '/recherche', { 'accept-encoding': 'identity' })).body), 'the search page differs');
    for (const page of site.pages.values()) {
      const file = path.join(dir, fileFor(page.path, page.contentType));
      const body = readFileSync(file);
      const served = await exchange(replay, page.path, { 'accept-encoding': 'identity' });
      assert.ok(body.equals(served.body), `${page.path} differs from the server's bytes`);
      assert.ok(gunzipSync(readFileSync(`${file}.gz`)).equals(body), `${file}.gz`);
      assert.ok(brotliDecompressSync(readFileSync(`${file}.br`)).equals(body), `${file}.br`);
    }
    assert.ok(existsSync(path.join(dir, '404.html')));
    assert.ok(existsSync(path.join(dir, '405.html')));
  });
});
