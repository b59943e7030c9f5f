/**
 * Generated requests: a few thousand random and malformed paths, query strings and headers
 * against the server as it runs (replay in front of Express). Zero 5xx, and it still answers.
 * The generator is seeded: set FUZZ_SEED to replay a failing run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite } from '../../src/site/pages.js';
import { createApp } from '../../src/web/app.js';
import { capturePages, replayHandler } from '../../src/web/replay.js';
import { SEEDS_DIR, SITE, listen, type Listening } from '../helpers.js';

const REQUESTS = 3000;
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const site = buildSite(buildRecords(await readSeedDir(SEEDS_DIR)), SITE);
const app = createApp(site);
const known = [...site.pages.keys()];
const SEGMENTS = [
  ...new Set(known.flatMap((p) => p.split('/')).filter(Boolean)),
  '..', '.', '%2e%2e', '%2E%2e', '..%2f', '%2f', '%5c', '\\', '%00', '%', '%zz', '%E0%A4%A', '%C0%AF', '%ff', '.env', '.git',
  'src', 'dist', 'views', 'seeds', 'node_modules', 'package.json', '~', '%20', '+', ';', 'index.html', '*', '$', "'", '"', '<script>',
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'PUT'];
const HEADERS: [string, string[]][] = [
  ['accept-encoding', ['gzip', 'br', 'br;q=0', 'gzip;q=abc', '*', 'identity;q=0', 'x'.repeat(300), ',,,', 'br, gzip, deflate;q=0.5']],
  ['if-none-match', ['*', '"', 'W/"1"', '"x", "y"', ',', '"' + 'a'.repeat(200) + '"']],
  ['range', ['bytes=0-0', 'bytes=-1', 'bytes=abc', 'bytes=5-2', 'bytes=0-0,1-1,2-2']],
  ['accept', ['*/*', 'application/json', 'text/html;q=abc', '']],
  ['host', ['evil.example', '127.0.0.1:1', '']],
  ['content-length', ['0']],
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A random printable byte, percent-encoded half the time. */
function randomChar(random: () => number): string {
  const code = 0x21 + Math.floor(random() * 0x5e);
  return random() < 0.5 ? `%${code.toString(16).padStart(2, '0')}` : String.fromCharCode(code);
}

function randomRequest(random: () => number): { path: string; method: string; headers: Record<string, string> } {
  let path = random() < 0.3 ? pick(random, known) : '';
  const segments = Math.floor(random() * 6);
  for (let i = 0; i < segments; i++) {
    path += '/' + (random() < 0.7 ? pick(random, SEGMENTS) : Array.from({ length: 1 + Math.floor(random() * 12) }, () => randomChar(random)).join(''));
  }
  if (path === '' || random() < 0.1) path = `/${path}`;
  if (!path.startsWith('/')) path = `/${path}`;
  if (random() < 0.05) path += '/'.repeat(1 + Math.floor(random() * 3));
  if (random() < 0.3) {
    const pairs = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      `${pick(random, ['q', 'q[x]', 'q[]', '__proto__[a]', 'a', '%', 'q%5B0%5D'])}=${Array.from({ length: Math.floor(random() * 8) }, () => randomChar(random)).join('')}`,
    );
    path += `?${pairs.join('&')}`;
  }
  const headers: Record<string, string> = {};
  for (const [name, values] of HEADERS) if (random() < 0.2) headers[name] = pick(random, values);
  return { path, method: pick(random, METHODS), headers };
}

describe('fuzz', () => {
  let server: Listening;
  before(async () => {
    server = await listen(replayHandler(await capturePages(app, known), app));
  });
  after(() => server.close());

  it(`answers ${REQUESTS} generated requests without a 5xx (FUZZ_SEED=${SEED})`, async () => {
    const random = generator(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const queue = Array.from({ length: REQUESTS }, () => randomRequest(random));
    const worker = async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        const res = await server.send(r.path, r.headers, r.method);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) failures.push(`${r.method} ${r.path} ${JSON.stringify(r.headers)} → ${res.status}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(`# fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
    assert.deepEqual(failures, []);
    // The generator reaches pages, redirects and every kind of refusal, or it tests little.
    for (const status of [200, 301, 404, 405]) assert.ok((statuses.get(status) ?? 0) > 0, `no ${status} among ${JSON.stringify([...statuses])}`);
    const after = await server.send('/');
    assert.equal(after.status, 200, 'still answering');
  });
});
