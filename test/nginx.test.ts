/**
 * docs/nginx.conf, as shipped, serving a fresh export: every page and API document must match
 * the Node server (body, content type, encoding, security and cache headers) and every link
 * must resolve. Skipped when nginx is missing outside CI; under CI=true that is a failure.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { exportSite } from '../src/export.js';
import { buildRecords } from '../src/record/index.js';
import { readSeedDir } from '../src/record/load.js';
import { buildSite } from '../src/site/pages.js';
import { createApp } from '../src/web/app.js';
import { addBrotli, capturePages, replayHandler } from '../src/web/replay.js';
import { ROOT, SEEDS_DIR, SITE, client, listen, readFixtures, type Listening, type Raw } from './helpers.js';

const NGINX = [process.env['NGINX_PATH'], '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p): p is string => !!p && existsSync(p));
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const missing = !NGINX ? 'nginx is not installed (Debian: apt-get install nginx-light)' : !existsSync(BROTLI_MODULE) ? `no brotli module at ${BROTLI_MODULE} (Debian: libnginx-mod-http-brotli-static)` : null;
const skip = process.env['CI'] === 'true' ? false : (missing ?? false);

/** Headers that belong to one exchange or one server, not to the page. */
const PER_SERVER = new Set(['date', 'server', 'etag', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'last-modified', 'accept-ranges']);

function decode(res: Raw): Buffer {
  const encoding = res.headers['content-encoding'];
  return encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body;
}

/**
 * What a redirect's or an error's answer may differ in: a redirect's own little body (Express
 * writes text, nginx HTML), and `Vary` on errors (nginx may send 404.html from its .gz twin).
 */
const REDIRECT_BODY = new Set(['content-type', 'vary', 'cache-control']);

/** Differences between two answers to the same request, but the per-server headers. */
function differences(what: string, node: Raw, nginx: Raw): string[] {
  const out: string[] = [];
  if (node.status !== nginx.status) out.push(`${what}: status ${node.status} ≠ ${nginx.status}`);
  const redirect = node.status >= 300 && node.status < 400;
  const ignored = (name: string) => PER_SERVER.has(name) || (redirect && REDIRECT_BODY.has(name)) || (node.status >= 400 && name === 'vary');
  const names = new Set([...Object.keys(node.headers), ...Object.keys(nginx.headers)].filter((n) => !ignored(n)));
  for (const name of names) {
    if (String(node.headers[name]) !== String(nginx.headers[name])) out.push(`${what}: ${name} ${String(node.headers[name])} ≠ ${String(nginx.headers[name])}`);
  }
  if (!redirect && !decode(node).equals(decode(nginx))) out.push(`${what}: bodies differ`);
  return out;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The shipped configuration with only its `listen` and `root` changed. */
function localConfig(port: number, root: string): string {
  const shipped = readFileSync(path.join(ROOT, 'docs', 'nginx.conf'), 'utf8');
  const local = shipped.replace(/^(\s*)listen 80;$/mu, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \S+;$/mu, `$1root ${root};`);
  assert.notEqual(local, shipped);
  assert.match(local, new RegExp(`listen 127\\.0\\.0\\.1:${port};[\\s\\S]*root ${root.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')};`, 'u'));
  return local;
}

// The seed and a few fixtures, markdown ones among them, for every kind of page.
const fixtures = await readFixtures([
  'unnamed-sides-acting-event-after-invite-verb.txt',
  'markdown-bulleted-programme-after-lead-in.md',
  'markdown-headings-lead-the-section-below.md',
  'markdown-delegation-list-quote-and-next-steps.md',
]);
const site = buildSite(buildRecords([...(await readSeedDir(SEEDS_DIR)), ...fixtures]), SITE);

describe('nginx serving the export', { skip }, () => {
  let work: string;
  let nginx: ChildProcess;
  let node: Listening;
  let web: Pick<Listening, 'send' | 'close'>;
  let paths: string[];

  before(async () => {
    assert.equal(missing, null, `CI=true needs nginx: ${missing}`);
    work = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    chmodSync(work, 0o755);
    const root = path.join(work, 'site');
    await exportSite(site, root);
    for (const dir of ['temp', 'logs']) mkdirSync(path.join(work, dir));
    const port = await freePort();
    writeFileSync(path.join(work, 'site.conf'), localConfig(port, root));
    const temp = (name: string) => `${name}_temp_path ${path.join(work, 'temp', name)};`;
    writeFileSync(path.join(work, 'nginx.conf'), [
      `load_module ${BROTLI_MODULE};`,
      'daemon off;', 'worker_processes 1;', `pid ${path.join(work, 'nginx.pid')};`, `error_log ${path.join(work, 'logs', 'error.log')} warn;`,
      'events { worker_connections 64; }',
      `http { access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')} include ${path.join(work, 'site.conf')}; }`,
    ].join('\n'));
    nginx = spawn(NGINX!, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-e', path.join(work, 'logs', 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
    const app = createApp(site);
    paths = [...site.pages.keys()];
    const recorded = await capturePages(app, paths);
    await addBrotli(recorded); // the server's steady state: brotli is made on first demand
    node = await listen(replayHandler(recorded, app));
    web = await waitForNginx(port);
  });

  after(async () => {
    await web?.close();
    await node?.close();
    nginx?.kill('SIGQUIT');
  });

  /** nginx takes a moment to listen: retry until it answers, or show its error log. */
  async function waitForNginx(port: number): Promise<Pick<Listening, 'send' | 'close'>> {
    const candidate = client(port);
    for (let i = 0; i < 100 && nginx.exitCode === null; i++) {
      const up = await candidate.send('/').then(() => true, () => false);
      if (up) return candidate;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const log = path.join(work, 'logs', 'error.log');
    throw new Error(`nginx did not start: ${existsSync(log) ? readFileSync(log, 'utf8') : 'no log'}`);
  }

  it('serves every page and API document as the Node server does, in every encoding', async () => {
    const problems: string[] = [];
    for (const urlPath of [...paths, '/recherche']) {
      for (const encoding of ['identity', 'gzip', 'br', 'gzip, deflate, br']) {
        const headers = { 'accept-encoding': encoding };
        problems.push(...differences(`${urlPath} (${encoding})`, await node.send(urlPath, headers), await web.send(urlPath, headers)));
      }
    }
    assert.deepEqual(problems, []);
  });

  it('answers 404, 405, HEAD and a trailing slash as the Node server does', async () => {
    const slug = site.records[0]!.slug;
    const problems: string[] = [];
    const cases: [string, string][] = [['GET', '/nulle/part'], ['GET', `/records/${slug}/inconnue`], ['POST', '/'], ['DELETE', `/records/${slug}`],
      ['HEAD', `/records/${slug}`], ['GET', `/records/${slug}/?a=1`], ['GET', `/records/${slug}/themes/`]];
    for (const [method, urlPath] of cases) {
      const headers = { 'accept-encoding': 'identity' };
      problems.push(...differences(`${method} ${urlPath}`, await node.send(urlPath, headers, method), await web.send(urlPath, headers, method)));
    }
    assert.deepEqual(problems, []);
  });

  it('resolves every link and asset of every page, fragments included', async () => {
    const problems: string[] = [];
    const bodies = new Map<string, string>();
    const fetchText = async (urlPath: string): Promise<{ status: number; text: string }> => {
      if (!bodies.has(urlPath)) {
        const res = await web.send(urlPath, { 'accept-encoding': 'identity' });
        bodies.set(urlPath, res.status === 200 ? res.body.toString() : `status ${res.status}`);
      }
      const text = bodies.get(urlPath)!;
      return { status: text.startsWith('status ') ? Number(text.slice(7)) : 200, text };
    };
    const pages = [...site.pages.values()].filter((p) => p.contentType.startsWith('text/html')).map((p) => p.path);
    for (const page of [...pages, '/recherche']) {
      const { text } = await fetchText(page);
      for (const [, link] of text.matchAll(/\s(?:href|src|data-index)="(\/[^"]*)"/gu)) {
        const [target = '', fragment] = link!.replace(/&amp;/gu, '&').split('#');
        const { status, text: targetText } = await fetchText(target.split('?')[0]!);
        if (status !== 200) problems.push(`${page} → ${link}: ${status}`);
        else if (fragment && !targetText.includes(`id="${fragment}"`)) problems.push(`${page} → ${link}: no id ${fragment}`);
      }
    }
    assert.ok(bodies.size > pages.length, 'links were followed');
    assert.deepEqual(problems, []);
  });
});
