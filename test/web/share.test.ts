import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite } from '../../src/site/pages.js';
import { createApp } from '../../src/web/app.js';
import { SEEDS_DIR, SITE } from '../helpers.js';

const records = buildRecords(await readSeedDir(SEEDS_DIR));
const record = records[0]!;
const app = createApp(buildSite(records, { ...SITE, baseUrl: 'https://cr.exemple.fr' }));

/** The content of a meta tag or link. */
const meta = (html: string, attribute: string, name: string) =>
  new RegExp(`<(?:meta|link) ${attribute}="${name}" (?:content|href)="([^"]*)"`).exec(html)?.[1];

describe('sharing and structured data', () => {
  it('gives each page a canonical URL and Open Graph and Twitter tags from BASE_URL, not the Host header', async () => {
    const res = await request(app).get(`/records/${record.slug}/themes`).set('Host', 'evil.example').expect(200);
    assert.equal(meta(res.text, 'rel', 'canonical'), `https://cr.exemple.fr/records/${record.slug}/themes`);
    assert.equal(meta(res.text, 'property', 'og:url'), `https://cr.exemple.fr/records/${record.slug}/themes`);
    assert.match(meta(res.text, 'property', 'og:title') ?? '', /^Thèmes abordés — /);
    assert.match(meta(res.text, 'name', 'twitter:card') ?? '', /summary/);
    const description = meta(res.text, 'name', 'description') ?? '';
    assert.ok(description.length > 20 && description.length <= 161, description);
    assert.equal(meta(res.text, 'property', 'og:description'), description);
    assert.doesNotMatch(res.text, /evil\.example/);
  });

  it('describes the meeting as a schema.org Event consistent with the API', async () => {
    const page = await request(app).get(`/records/${record.slug}`).expect(200);
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.text)?.[1];
    assert.ok(block, 'JSON-LD block');
    const data = JSON.parse(block);
    const api = (await request(app).get(`/api/records/${record.slug}`).expect(200)).body;
    assert.equal(data['@type'], 'Event');
    assert.equal(data.name, api.title);
    assert.deepEqual(
      data.attendee.map((a: { name: string; jobTitle: string }) => [a['@type' as 'name'], a.name, a.jobTitle]),
      api.participants.map((p: { name: string; role: string }) => ['Person', p.name, p.role]),
    );
    assert.deepEqual(data.subEvent.map((e: { name: string }) => e.name), api.agenda);
  });

  it('keeps executable script out of the page: only files under /static', async () => {
    const page = await request(app).get(`/records/${record.slug}`).expect(200);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      if (/type="application\/ld\+json"/.test(attributes ?? '')) continue;
      assert.match(attributes ?? '', /src="\/static\//);
      assert.equal(body?.trim(), '');
    }
    const src = /<script src="(\/static\/share\.[0-9a-f]{10}\.js)" defer>/.exec(page.text)?.[1];
    assert.ok(src, 'a fingerprinted script');
    await request(app).get(src).expect(200).expect('Content-Type', /javascript/);
  });

  it('gives each paragraph and section a "copier le lien" control that is a plain link', async () => {
    const page = await request(app).get(`/records/${record.slug}`).expect(200);
    for (const p of record.paragraphs) assert.match(page.text, new RegExp(`<a class="para-link" href="#${p.id}" data-copy-link>[^<]*<span class="visually-hidden"> : copier le lien</span></a>`));
    for (const s of record.sections) assert.match(page.text, new RegExp(`<a class="copy-link" href="/records/${record.slug}/${s.id}" data-copy-link>Copier le lien`));
  });

  it('refines French typography on pages and keeps the source text in the API', async () => {
    const page = await request(app).get(`/records/${record.slug}`).expect(200);
    assert.match(page.text, /thèmes évoqués\u202F: l’échange/);
    const api = (await request(app).get(`/api/records/${record.slug}`).expect(200)).body;
    assert.match(api.paragraphs[3].text, /thèmes évoqués : l’échange/);
  });
});

describe('search page', () => {
  it('renders results on the server, highlighted, each linking to its paragraph', async () => {
    const res = await request(app).get('/recherche?q=numerisation').expect(200).expect('Content-Type', /text\/html/);
    assert.match(res.text, /<mark>numérisation<\/mark>/);
    assert.match(res.text, new RegExp(`href="/records/${record.slug}#p1"`));
    assert.match(res.text, /1 résultat/);
  });

  it('handles elisions and plurals in the query', async () => {
    const res = await request(app).get(`/recherche?q=${encodeURIComponent('d’innovations')}`).expect(200);
    assert.match(res.text, /<mark>innovation<\/mark>/);
  });

  it('escapes the query and survives odd query strings', async () => {
    const res = await request(app).get(`/recherche?q=${encodeURIComponent('<script>alert(1)</script>')}`).expect(200);
    assert.doesNotMatch(res.text, /<script>alert/);
    await request(app).get('/recherche?q[x]=1').expect(200);
    await request(app).get('/recherche?q=a&q=b').expect(200);
    const empty = await request(app).get('/recherche').expect(200);
    assert.match(empty.text, /Saisissez/);
  });

  it('puts a search box on every page', async () => {
    for (const path of ['/', `/records/${record.slug}`, `/records/${record.slug}/source`, '/nulle-part']) {
      const res = await request(app).get(path);
      assert.match(res.text, /<form class="search-form" role="search" action="\/recherche" method="get">/, path);
    }
  });
});
