import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite } from '../../src/site/pages.js';
import { FIXTURES_DIR, SEEDS_DIR, SITE } from '../helpers.js';

const records = [...buildRecords(await readSeedDir(SEEDS_DIR)), ...buildRecords(await readSeedDir(FIXTURES_DIR))];
const site = buildSite(records, SITE);
const css = SITE.assets.find((a) => a.name === 'style.css')!;

/** One round trip: about 14 KB on a fresh TCP connection (10 segments of 1460 bytes). */
const BUDGET = 14 * 1024;

describe('page weight', () => {
  it('keeps every HTML page with its stylesheet within 14 KB compressed', () => {
    const cssBytes = gzipSync(css.body, { level: 9 }).length;
    const over: string[] = [];
    for (const page of site.pages.values()) {
      if (!page.contentType.startsWith('text/html')) continue;
      const total = gzipSync(page.body, { level: 9 }).length + cssBytes;
      if (total > BUDGET) over.push(`${page.path}: ${total} bytes`);
    }
    assert.deepEqual(over, []);
  });

  it('uses system fonts only: the stylesheet loads no font or other file', () => {
    const text = css.body.toString('utf8');
    assert.doesNotMatch(text, /@font-face|@import|url\(/);
    assert.match(text, /font-family: system-ui/);
  });
});
