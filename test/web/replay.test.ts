import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite } from '../../src/site/pages.js';
import { createApp } from '../../src/web/app.js';
import { addBrotli, capturePages, replayHandler, type Recorded } from '../../src/web/replay.js';
import { SEEDS_DIR, SITE, exchange } from '../helpers.js';

const site = buildSite(buildRecords(await readSeedDir(SEEDS_DIR)), SITE);
const app = createApp(site);
let recorded: Map<string, Recorded>;
let replay: ReturnType<typeof replayHandler>;
const paths = [...site.pages.keys()];
const record = site.records[0]!;

describe('replay from memory', () => {
  before(async () => {
    recorded = await capturePages(app, paths);
    await addBrotli(recorded);
    replay = replayHandler(recorded, app);
  });

  it('sends, for every page, the bytes and headers Express sends (but Date)', async () => {
    for (const path of paths) {
      const direct = await exchange(app, path, { 'accept-encoding': 'identity' });
      const replayed = await exchange(replay, path, { 'accept-encoding': 'identity' });
      assert.equal(replayed.status, direct.status, path);
      assert.ok(replayed.body.equals(direct.body), `${path} body`);
      for (const name of ['content-type', 'cache-control', 'etag', 'content-length']) assert.equal(replayed.headers[name], direct.headers[name], `${path} ${name}`);
      assert.equal(replayed.headers['vary'], 'Accept-Encoding');
    }
  });

  it('chooses brotli or gzip from Accept-Encoding, with their own ETag', async () => {
    const path = `/records/${record.slug}`;
    const identity = recorded.get(path)!.variants.identity!.body;
    const br = await exchange(replay, path, { 'accept-encoding': 'gzip, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(brotliDecompressSync(br.body).equals(identity));
    const gz = await exchange(replay, path, { 'accept-encoding': 'gzip;q=1, br;q=0' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(gz.body).equals(identity));
    assert.equal(Number(gz.headers['content-length']), gz.body.length);
    assert.notEqual(gz.headers['etag'], br.headers['etag']);
    const none = await exchange(replay, path, { 'accept-encoding': 'compress' });
    assert.equal(none.headers['content-encoding'], undefined);
    assert.ok(none.body.equals(identity));
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const path = `/records/${record.slug}/themes`;
    const first = await exchange(replay, path, { 'accept-encoding': 'gzip' });
    const again = await exchange(replay, path, { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers['etag']) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal((await exchange(replay, path, { 'if-none-match': '"autre"' })).status, 200);
    assert.equal((await exchange(replay, path, { 'if-none-match': '*' })).status, 304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await exchange(replay, `/records/${record.slug}`, { 'accept-encoding': 'identity' }, 'HEAD');
    assert.equal(res.status, 200);
    assert.ok(Number(res.headers['content-length']) > 1000);
    assert.equal(res.body.length, 0);
  });

  it('ignores the query string of a known page, and hands unknown paths and search to Express', async () => {
    assert.equal((await exchange(replay, `/records/${record.slug}?utm_source=x`)).status, 200);
    const missing = await exchange(replay, '/nulle-part');
    assert.equal(missing.status, 404);
    assert.match(String(missing.headers['content-type']), /text\/html/);
    const search = await exchange(replay, '/recherche?q=iran');
    assert.match(search.body.toString(), /<mark>/);
    // Without a query the search page is a page like the others, replayed compressed.
    assert.equal((await exchange(replay, '/recherche', { 'accept-encoding': 'gzip' })).headers['content-encoding'], 'gzip');
    assert.equal((await exchange(replay, `/records/${record.slug}/`)).status, 301);
  });
});
