import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureInWorker } from '../src/capture.js';
import { buildRecords } from '../src/record/index.js';
import { readSeedDir } from '../src/record/load.js';
import { buildSite } from '../src/site/pages.js';
import { createApp } from '../src/web/app.js';
import { capturePages, type Recorded } from '../src/web/replay.js';
import { FIXTURES_DIR, SEEDS_DIR, SITE } from './helpers.js';

/** The same site captured in this thread and in the worker the server uses. */
async function bothWays(seedsDir: string): Promise<{ here: Map<string, Recorded>; there: Map<string, Recorded>; pages: number }> {
  const records = buildRecords(await readSeedDir(seedsDir));
  const site = buildSite(records, SITE);
  const here = await capturePages(createApp(site), site.pages.keys());
  const there = new Map<string, Recorded>();
  const pages = await captureInWorker({ records, baseUrl: SITE.baseUrl }, there);
  return { here, there, pages };
}

describe('capture in a worker thread', () => {
  for (const [name, dir] of [['the seed', SEEDS_DIR], ['the fixtures', FIXTURES_DIR]] as const) {
    it(`gives, for ${name}, every page with the same status, headers and bytes as a capture in this thread`, async () => {
      const { here, there, pages } = await bothWays(dir);
      assert.ok(here.size > 10, `${here.size} pages`);
      assert.equal(pages, here.size);
      assert.deepEqual([...there.keys()], [...here.keys()]);
      for (const [path, page] of here) {
        const other = there.get(path)!;
        assert.equal(other.status, page.status, path);
        assert.deepEqual(other.headers, page.headers, path);
        for (const encoding of ['identity', 'gzip'] as const) {
          const [a, b] = [page.variants[encoding]!, other.variants[encoding]!];
          assert.ok(b.body.equals(a.body), `${path} ${encoding} body`);
          assert.equal(b.etag, a.etag, `${path} ${encoding} ETag`);
          assert.deepEqual(b.head, a.head, `${path} ${encoding} head`);
          assert.deepEqual(b.notModified, a.notModified, `${path} ${encoding} 304 head`);
        }
      }
    });
  }

  it('rejects, with the worker named, when the worker cannot run', async () => {
    const missing = new URL('./no-such-capture-worker.mjs', import.meta.url);
    await assert.rejects(captureInWorker({ records: [], baseUrl: SITE.baseUrl }, new Map(), missing), /capture des pages/u);
  });
});
