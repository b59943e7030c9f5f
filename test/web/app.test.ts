import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { readSeedDir } from '../../src/record/load.js';
import { buildRecords } from '../../src/record/index.js';
import { buildSite } from '../../src/site/pages.js';
import { createApp } from '../../src/web/app.js';
import { frenchTypography, frenchTypographyHtml } from '../../src/site/typography.js';
import type { MeetingRecord } from '../../src/types.js';
import { FIXTURES_DIR, SEEDS_DIR, SITE } from '../helpers.js';

const seedRecords = buildRecords(await readSeedDir(SEEDS_DIR));
const allRecords = [...seedRecords, ...buildRecords(await readSeedDir(FIXTURES_DIR))];
const single = createApp(buildSite(seedRecords, SITE));
const many = createApp(buildSite(allRecords, SITE));

/** HTML-escapes as EJS does, to find a paragraph's text in a page. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
/** A paragraph as the pages show it: French typography, escaped as EJS does. */
const shownText = (record: MeetingRecord, n: number) => {
  const p = record.paragraphs[n - 1]!;
  return p.html !== null ? frenchTypographyHtml(p.html) : escape(frenchTypography(p.text));
};

describe('app', () => {
  it('serves the only record directly on / when there is one', async () => {
    const res = await request(single).get('/').expect(200).expect('Content-Type', /text\/html/);
    assert.match(res.text, /<html lang="fr">/);
    assert.match(res.text, new RegExp(`<h1>${seedRecords[0]!.title}</h1>`));
  });

  it('lists the records on / when there are several', async () => {
    const res = await request(many).get('/').expect(200);
    for (const record of allRecords) assert.ok(res.text.includes(`href="/records/${record.slug}"`), record.slug);
  });

  for (const record of allRecords) {
    it(`shows every paragraph of ${record.file} once, with its anchor and self-link, and links every section`, async () => {
      const res = await request(many).get(`/records/${record.slug}`).expect(200);
      for (const p of record.paragraphs) {
        assert.equal(count(res.text, `id="${p.id}"`), 1, `anchor ${p.id}`);
        // Its text inside its own element (counting the text in the whole page would also count a
        // short line that is a section's label too: "Programme de la visite").
        const at = res.text.indexOf(`id="${p.id}"`);
        const shown = shownText(record, p.n);
        assert.ok(res.text.slice(at, at + shown.length + 400).includes(shown), `text of ${p.id}`);
        assert.ok(res.text.includes(`href="#${p.id}"`), `self-link of ${p.id}`);
      }
      for (const section of record.sections) assert.ok(res.text.includes(`href="/records/${record.slug}/${section.id}"`));
      assert.ok(res.text.includes(`href="/records/${record.slug}/source"`));
    });

    it(`gives each section of ${record.file} its page, with previous/next and a way back`, async () => {
      for (const [i, section] of record.sections.entries()) {
        const res = await request(many).get(`/records/${record.slug}/${section.id}`).expect(200).expect('Content-Type', /text\/html/);
        assert.match(res.text, /<html lang="fr">/);
        for (const n of section.paragraphs) assert.equal(count(res.text, `id="p${n}"`), 1);
        for (const p of record.paragraphs.filter((q) => !section.paragraphs.includes(q.n))) assert.equal(count(res.text, `id="${p.id}"`), 0);
        const previous = record.sections[i - 1];
        const next = record.sections[i + 1];
        if (previous) assert.ok(res.text.includes(`rel="prev" href="/records/${record.slug}/${previous.id}"`));
        if (next) assert.ok(res.text.includes(`rel="next" href="/records/${record.slug}/${next.id}"`));
        assert.ok(res.text.includes(`href="/records/${record.slug}"`));
      }
    });
  }

  it('links each paragraph of the source page to the section holding it', async () => {
    const record = seedRecords[0]!;
    const res = await request(single).get(`/records/${record.slug}/source`).expect(200);
    for (const section of record.sections) {
      for (const n of section.paragraphs) {
        assert.equal(count(res.text, `id="p${n}"`), 1);
        assert.ok(res.text.includes(`href="/records/${record.slug}/${section.id}#p${n}"`), `p${n} → ${section.id}`);
      }
    }
  });

  it('links participant cards to the paragraphs of their statements', async () => {
    const record = seedRecords[0]!;
    const res = await request(single).get(`/records/${record.slug}/participants`).expect(200);
    for (const person of record.participants) {
      assert.ok(res.text.includes(person.name));
      for (const n of person.statements) {
        const inSection = record.sections.find((s) => s.kind === 'participants')!.paragraphs.includes(n);
        assert.ok(res.text.includes(inSection ? `href="#p${n}"` : `#p${n}"`), `${person.name} §${n}`);
      }
    }
  });

  it('redirects a trailing slash to the URL without, keeping the query, never off-site', async () => {
    const record = seedRecords[0]!;
    await request(single).get(`/records/${record.slug}/`).expect(301).expect('Location', `/records/${record.slug}`);
    await request(single).get(`/records/${record.slug}/themes/?a=1`).expect(301).expect('Location', `/records/${record.slug}/themes?a=1`);
    const res = await request(single).get('//evil.example/').expect(301);
    assert.equal(res.headers['location'], '/evil.example');
  });

  it('answers unknown records, sections and paths with a French 404 page', async () => {
    const record = seedRecords[0]!;
    for (const path of ['/records/inconnu', `/records/${record.slug}/inconnue`, '/nulle/part', '/records', '/static/absent.css']) {
      const res = await request(single).get(path);
      if (path === '/records') {
        assert.equal(res.status, 200);
        continue;
      }
      assert.equal(res.status, 404, path);
      assert.match(res.headers['content-type'] ?? '', /text\/html/);
      assert.match(res.text, /<html lang="fr">/);
      assert.match(res.text, /Page introuvable/);
    }
  });

  it('answers a malformed percent-encoding with a 400 page, not a 500', async () => {
    const res = await request(single).get('/records/%E0%A4%A');
    assert.ok(res.status === 400 || res.status === 404, String(res.status));
    assert.match(res.text, /<html lang="fr">/);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await request(single).head(`/records/${seedRecords[0]!.slug}`).expect(200);
    assert.equal(res.text, undefined);
  });

  it('serves the stylesheet and the icon under fingerprinted names, cached for a year', async () => {
    const page = await request(single).get('/').expect(200).expect('Cache-Control', 'no-cache');
    const css = /href="(\/static\/style\.[0-9a-f]{10}\.css)"/.exec(page.text)?.[1];
    const icon = /href="(\/static\/favicon\.[0-9a-f]{10}\.svg)"/.exec(page.text)?.[1];
    assert.ok(css && icon);
    await request(single).get(css).expect(200).expect('Content-Type', /text\/css/).expect('Cache-Control', 'public, max-age=31536000, immutable');
    await request(single).get(icon).expect(200).expect('Content-Type', /image\/svg/);
    await request(single).get('/static/style.css').expect(404);
  });
});

describe('JSON API', () => {
  it('lists the records with their page and API URLs', async () => {
    const res = await request(many).get('/api/records').expect(200).expect('Content-Type', /application\/json/);
    assert.equal(res.body.records.length, allRecords.length);
    for (const r of res.body.records) {
      assert.deepEqual(Object.keys(r).sort(), ['apiUrl', 'slug', 'title', 'url']);
      await request(many).get(r.url).expect(200);
      await request(many).get(r.apiUrl).expect(200);
    }
  });

  it('gives a record with the same data the pages show, and URLs the pages link', async () => {
    const record = seedRecords[0]!;
    const res = await request(single).get(`/api/records/${record.slug}`).expect(200).expect('Content-Type', /application\/json/);
    const body = res.body;
    assert.equal(body.file, record.file);
    assert.equal(body.lang, 'fr');
    assert.deepEqual(body.paragraphs, record.paragraphs.map((p, i) => ({ n: p.n, id: p.id, text: p.text, rule: record.decisions[i]!.rule })));
    assert.deepEqual(body.topics, record.topics.map((t) => t.text));
    assert.deepEqual(body.agenda, record.agenda.map((a) => a.text));
    assert.deepEqual(body.invitation, record.invitation);
    assert.ok(!('date' in body), 'no date is invented');
    const page = await request(single).get(body.url).expect(200);
    for (const section of body.sections) {
      assert.ok(page.text.includes(`href="${section.url}"`));
      await request(single).get(section.url).expect(200);
    }
  });

  it('answers an unknown record with a 404 JSON error', async () => {
    const res = await request(single).get('/api/records/inconnu').expect(404).expect('Content-Type', /application\/json/);
    assert.equal(res.body.error, 'not_found');
  });
});
