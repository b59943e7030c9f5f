import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/site/pages.js';
import { paragraphHref } from '../../src/site/urls.js';
import { SITE, recordOf } from '../helpers.js';

const record = recordOf('Le ministre belge, Marc Dupont, a reçu son homologue, Anne Roy.\n\nLes deux ministres ont évoqué la santé, l’eau et les routes.\n\nAu programme :\n\nUne visite,\n\nUn dîner.', 'essai.txt');

describe('pages', () => {
  it('lists one page per URL: home, list, record, each section, source, search, and the API', () => {
    const site = buildSite([record], SITE);
    assert.deepEqual([...site.pages.keys()].filter((p) => !p.startsWith('/static/')).sort(), [
      '/', '/api/records', '/api/records/essai', '/recherche', '/records', '/records/essai', '/records/essai/participants',
      '/records/essai/programme', '/records/essai/source', '/records/essai/themes',
    ]);
    assert.deepEqual([...site.pages.keys()].filter((p) => p.startsWith('/static/')).map((p) => p.replace(/\.[0-9a-f]{10}\./, '.')).sort(), [
      '/static/favicon.svg', '/static/search-index.json', '/static/search.js', '/static/share.js', '/static/style.css',
    ]);
    for (const page of site.pages.values()) assert.ok(page.body.length > 0, page.path);
  });

  it('renders the agenda items as one list, each item a paragraph with its anchor', () => {
    const body = String(buildSite([record], SITE).pages.get('/records/essai/programme')?.body ?? '');
    assert.match(body, /<ul class="items">\s*<li class="para" id="p4">[\s\S]*<li class="para" id="p5">[\s\S]*<\/ul>/);
  });

  it('escapes text from the seed in every page', () => {
    const hostile = recordOf('---\ntitle: "<script>alert(1)</script>"\n---\nLe <b>ministre</b> a parlé.', 'x.md');
    const site = buildSite([hostile], SITE);
    for (const page of site.pages.values()) {
      if (page.contentType.startsWith('text/html')) assert.doesNotMatch(String(page.body), /<script>alert|<b>ministre/, page.path);
    }
  });

  it('links a paragraph by fragment on its own page, else through the section holding it', () => {
    assert.equal(paragraphHref(record, 2, new Set([2])), '#p2');
    assert.equal(paragraphHref(record, 2, new Set([1])), '/records/essai/themes#p2');
  });

  it('renders French error pages once', () => {
    const site = buildSite([record], SITE);
    assert.match(site.notFound.body, /<html lang="fr">[\s\S]*Page introuvable/);
    assert.match(site.badRequest.body, /Requête invalide/);
    assert.match(site.serverError.body, /Erreur du serveur/);
  });
});

describe('subjects and steps outside their own section', () => {
  it('shows the subjects and programme steps read from a section when the record has no section of their own', async () => {
    const record = recordOf([
      'Le ministre belge de l’Économie, Marc Lambert, qui est arrivé lundi à Rabat, a reçu son homologue marocain, Ali Tazi.',
      'M. Lambert a ensuite rencontré le patronat de la zone franche, avec qui il a évoqué la logistique et l’énergie.',
    ].join('\n\n'));
    assert.ok(!record.sections.some((s) => s.kind === 'agenda' || s.kind === 'topics'), JSON.stringify(record.sections.map((s) => s.kind)));
    assert.ok(record.agenda.length > 0 && record.topics.length > 0);
    const site = buildSite([record], SITE);
    const page = site.pages.get(`/records/${record.slug}/participants`)!.body as string;
    assert.match(page, /Thèmes abordés<\/h2>[\s\S]*logistique/u);
    assert.match(page, /Étapes de la visite<\/h2>[\s\S]*zone franche/u);
  });
});
