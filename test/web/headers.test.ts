import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite } from '../../src/site/pages.js';
import { createApp } from '../../src/web/app.js';
import { capturePages, replayHandler } from '../../src/web/replay.js';
import { SEEDS_DIR, SITE, listen, readFixtures, type Listening, type Raw } from '../helpers.js';

const fixtures = await readFixtures([
  'unnamed-sides-acting-event-after-invite-verb.txt',
  'markdown-bulleted-programme-after-lead-in.md',
  'topics-after-discussion-colon-group-invitee.txt',
]);
const site = buildSite(buildRecords([...(await readSeedDir(SEEDS_DIR)), ...fixtures]), SITE);
const app = createApp(site);
const record = site.records[0]!;
const htmlPaths = [...site.pages.values()].filter((p) => p.contentType.startsWith('text/html')).map((p) => p.path);

/** Text that would betray a file read from disk or a stack trace. */
const LEAKS = [/compilerOptions/u, /"devDependencies"/u, /root:x:0/u, /\bat [\w.<>]+ \(/u, /node_modules\//u, /\bimport \{/u, /createServer/u, /Error: /u];

/** The answer every request must get: a 2xx, 3xx or 4xx, no leak, no off-site redirect. */
function problemsOf(what: string, res: Raw): string[] {
  const problems: string[] = [];
  if (res.status >= 500 || res.status < 200) problems.push(`${what}: ${res.status}`);
  const body = res.body.toString('latin1');
  for (const leak of LEAKS) if (leak.test(body)) problems.push(`${what}: body matches ${leak}`);
  const location = res.headers['location'];
  if (typeof location === 'string' && !/^\/(?![/\\])/u.test(location)) problems.push(`${what}: redirects to ${location}`);
  return problems;
}

/** The CSP of a response as directive → sources. */
function cspOf(res: Raw): Map<string, string> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(header.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...sources] = d.split(/\s+/u);
    return [name, sources.join(' ')] as const;
  }));
}

function headerProblems(what: string, res: Raw): string[] {
  const problems: string[] = [];
  const expect = (name: string, value: string | RegExp) => {
    const actual = res.headers[name];
    const ok = typeof value === 'string' ? actual === value : typeof actual === 'string' && value.test(actual);
    if (!ok) problems.push(`${what}: ${name} is ${String(actual)}`);
  };
  const csp = cspOf(res);
  const expected: Record<string, string> = {
    'default-src': "'none'", 'script-src': "'self'", 'style-src': "'self'", 'img-src': "'self'", 'connect-src': "'self'",
    'base-uri': "'none'", 'form-action': "'self'", 'frame-ancestors': "'none'",
  };
  for (const [name, sources] of Object.entries(expected)) if (csp.get(name) !== sources) problems.push(`${what}: CSP ${name} is ${csp.get(name)}`);
  if ([...csp.values()].some((sources) => /unsafe-/u.test(sources))) problems.push(`${what}: CSP allows unsafe-*`);
  expect('x-content-type-options', 'nosniff');
  expect('referrer-policy', 'no-referrer');
  expect('cross-origin-opener-policy', 'same-origin');
  expect('cross-origin-resource-policy', 'same-origin');
  expect('x-frame-options', 'DENY');
  if (res.headers['x-powered-by'] !== undefined) problems.push(`${what}: X-Powered-By`);
  return problems;
}

describe('security', () => {
  let server: Listening;
  before(async () => {
    server = await listen(replayHandler(await capturePages(app, [...site.pages.keys()]), app));
  });
  after(() => server.close());

  it('sends the security headers on every page, API document, asset, error and redirect, replayed or not', async () => {
    const paths = [...site.pages.keys(), '/recherche', '/recherche?q=iran', '/nulle/part', '/api/records/absent', '/records/%E0%A4%A', `/records/${record.slug}/`];
    const problems: string[] = [];
    for (const path of paths) {
      const res = await server.send(path, { 'accept-encoding': 'gzip' });
      problems.push(...headerProblems(`GET ${path}`, res));
    }
    problems.push(...headerProblems('POST /', await server.send('/', {}, 'POST')));
    assert.deepEqual(problems, []);
    // The check itself can fail: a response without the headers is caught.
    assert.notDeepEqual(headerProblems('bare', { status: 200, headers: {}, body: Buffer.alloc(0) }), []);
  });

  it('has no inline script, style or event handler in any page (the CSP forbids them)', () => {
    const problems: string[] = [];
    for (const path of htmlPaths) {
      const body = String(site.pages.get(path)!.body);
      for (const tag of body.match(/<script\b[^>]*>/gu) ?? []) {
        if (!/\bsrc="\/static\//u.test(tag) && !/type="application\/ld\+json"/u.test(tag)) problems.push(`${path}: ${tag}`);
      }
      if (/<style\b/u.test(body)) problems.push(`${path}: <style>`);
      if (/<[^>]+\sstyle=/u.test(body)) problems.push(`${path}: style attribute`);
      if (/<[^>]+\son[a-z]+=/u.test(body)) problems.push(`${path}: event handler attribute`);
    }
    assert.deepEqual(problems, []);
  });

  it('serves only GET and HEAD: any other method gets a French 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      for (const path of ['/', `/records/${record.slug}`, '/api/records', '/nulle/part', '/static/absent.css']) {
        const res = await server.send(path, {}, method);
        assert.equal(res.status, 405, `${method} ${path}`);
        assert.equal(res.headers['allow'], 'GET, HEAD', `${method} ${path}`);
        assert.match(res.body.toString(), /Méthode non autorisée/u, `${method} ${path}`);
      }
    }
    const head = await server.send(`/records/${record.slug}`, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  it('answers traversal, malformed encodings, dotfiles, source paths and long paths with a 4xx, never a file', async () => {
    const hostile = [
      '/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%2f%2e%2e%2fpackage.json',
      `/records/..%2f..%2fpackage.json`, `/records/${record.slug}/..%2f..%2f..%2fpackage.json`, '/api/records/..%2f..%2fpackage',
      '/static/..%5c..%5cpackage.json', '/static/..\\..\\package.json', '/records\\..\\..\\package.json', '/records/x%00.json', '/%00',
      '/records/%E0%A4%A', '/%zz', '/%', '/records/%', `/records/${record.slug}/%zz`, '/api/records/%E0%A4%A',
      '/.env', '/.git/config', '/.gitignore', '/.ci/run', '/src/server.ts', '/dist/server.js', '/views/record.ejs',
      '/seeds/000_40d93fe09706aa0e.txt', '/node_modules/express/package.json', '/package.json', '/tsconfig.json',
      `/${'a'.repeat(8000)}`, `/records/${'b/'.repeat(3000)}`, `/static/${'%2e'.repeat(2000)}`,
      '//evil.example/', '/\\evil.example/', '/%2F%2Fevil.example/', '/%5C%5Cevil.example/', `/records/${record.slug}/?//evil.example`,
    ];
    const problems: string[] = [];
    for (const path of hostile) {
      const res = await server.send(path);
      problems.push(...problemsOf(path, res));
      if (res.status < 300 && !path.startsWith('/static/..')) problems.push(`${path}: served ${res.status}`);
    }
    assert.deepEqual(problems, []);
  });

  it('survives odd query strings and headers', async () => {
    const page = `/records/${record.slug}`;
    const requests: [string, Record<string, string>][] = [
      ['/recherche?q[x]=1', {}], ['/recherche?q=a&q=b', {}], ['/recherche?q=%', {}], ['/recherche?q=%E0%A4%A', {}],
      [`/recherche?${'q=x&'.repeat(1500)}`, {}], [`/recherche?q=${'é'.repeat(500)}`, {}], ['/recherche?q[__proto__][x]=1', {}],
      [`${page}?a[b][c][d][e][f]=1`, {}],
      [page, { 'accept-encoding': 'br;q=abc, gzip;q=2, *;q=0' }], [page, { 'accept-encoding': 'x'.repeat(5000) }], [page, { 'accept-encoding': '*;q=0' }],
      [page, { range: 'bytes=0-0' }], [page, { range: 'bytes=99999999-' }], [page, { range: 'bytes=abc' }], [page, { range: 'bytes=1-0,5-2' }],
      [page, { 'if-none-match': '*' }], [page, { 'if-none-match': '"' }], [page, { 'if-none-match': 'W/"x", , ,' }], [page, { 'if-modified-since': 'hier' }],
      [page, { accept: '*/*;q=abc' }], [page, { host: 'evil.example' }], [page, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' }],
    ];
    const problems: string[] = [];
    for (const [path, headers] of requests) problems.push(...problemsOf(`${path.slice(0, 60)} ${JSON.stringify(headers).slice(0, 60)}`, await server.send(path, headers)));
    assert.deepEqual(problems, []);
    const forwarded = await server.send(page, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    assert.doesNotMatch(forwarded.body.toString(), /evil\.example/u, 'absolute URLs come from BASE_URL, never from the request');
  });
});
