/**
 * Seeds are untrusted: raw HTML in the text or in front-matter values must come out inert on
 * every page (sanitized markdown, escaped everything else), whatever the seed's format.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/site/pages.js';
import { SITE, recordOf } from '../helpers.js';

const PAYLOAD = [
  '<script>alert("texte")</script>',
  '<img src=x onerror="alert(1)">',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(1)">lien</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">données</a>',
  '[md-js](javascript:alert(1)) [md-data](data:text/html,<script>alert(1)</script>)',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
].join(' ');

const FRONT_MATTER = [
  '---',
  'title: "Réunion </title><script>alert(1)</script>"',
  'source: "javascript:alert(1)"',
  'date: "2025-01-01\\"><img src=x onerror=alert(1)>"',
  '---',
].join('\n');

const body = `Le ministre iranien, Issa Karimi, a rencontré son homologue. ${PAYLOAD}\n\nLes deux parties ont évoqué la coopération. ${PAYLOAD}\n`;
const records = [recordOf(`${FRONT_MATTER}\n${body}`, 'hostile.md'), recordOf(`${FRONT_MATTER}\n${body}`, 'hostile-texte.txt')];

/** What would run or load something in a page, outside our own script files and JSON-LD. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/giu) ?? []) {
    if (!/^<script src="\/static\/[\w.-]+\.js" defer>$/u.test(tag) && tag !== '<script type="application/ld+json">') found.push(tag);
  }
  // A JSON-LD block must not be closable from the data inside it.
  for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gu) ?? []) {
    JSON.parse(block.slice(block.indexOf('>') + 1, -'</script>'.length));
  }
  for (const pattern of [/<iframe/iu, /<img/iu, /<svg/iu, /<style/iu, /<[a-z][^>"]*(?:"[^"]*"[^>"]*)*\son\w+\s*=/iu, /href="\s*(?:javascript|data):/iu, /src="\s*(?:javascript|data):/iu]) {
    const match = pattern.exec(html);
    if (match) found.push(html.slice(match.index, match.index + 60));
  }
  return found;
}

describe('seeds shown inert', () => {
  it('renders raw HTML from the text and the front matter inert on every page, .md and .txt', () => {
    const site = buildSite(records, SITE);
    const problems: string[] = [];
    for (const page of site.pages.values()) {
      if (page.contentType.startsWith('text/html')) problems.push(...activeContent(String(page.body)).map((p) => `${page.path}: ${p}`));
    }
    problems.push(...activeContent(site.searchPage('alert')).map((p) => `search: ${p}`));
    assert.deepEqual(problems, []);
    // And the words are still there, as text.
    const page = String(site.pages.get('/records/hostile-texte')?.body);
    assert.match(page, /&lt;script&gt;alert/u);
  });

  it('would catch active content (the check can fail)', () => {
    assert.notDeepEqual(activeContent('<p><img src=x onerror=alert(1)></p>'), []);
    assert.notDeepEqual(activeContent('<script>alert(1)</script>'), []);
    assert.notDeepEqual(activeContent('<a href="javascript:alert(1)">x</a>'), []);
  });
});
