import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite } from '../../src/site/pages.js';
import { FIXTURES_DIR, SEEDS_DIR, SITE } from '../helpers.js';

const records = [...buildRecords(await readSeedDir(SEEDS_DIR)), ...buildRecords(await readSeedDir(FIXTURES_DIR))];
const site = buildSite(records, SITE);
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Every HTML page the site can send: the prebuilt ones, the error pages and search pages. */
const pages: [string, string][] = [
  ...[...site.pages.values()].filter((p) => p.contentType.startsWith('text/html')).map((p) => [p.path, String(p.body)] as [string, string]),
  ['404', site.notFound.body],
  ['400', site.badRequest.body],
  ['500', site.serverError.body],
  ['/recherche', site.searchPage('')],
  ['/recherche?q=iran', site.searchPage('iran')],
  ['/recherche?q=rien', site.searchPage('zzzz')],
];

describe('HTML validity', () => {
  it('validates every page with html-validate (recommended rules): zero errors', async () => {
    const failures: string[] = [];
    for (const [path, html] of pages) {
      const report = await validator.validateString(html, path);
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} problems`);
    assert.ok(pages.length > 50, `${pages.length} pages checked`);
  });

  it('catches an invalid page (the check can fail)', async () => {
    const broken = site.notFound.body.replace('<main id="contenu" tabindex="-1">', '<main id="contenu"><main>');
    const report = await validator.validateString(broken, 'broken');
    assert.equal(report.valid, false);
  });
});
