import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageMap } from '../../src/site/page-map.js';
import type { Page } from '../../src/types.js';

function counted(): { pages: PageMap; made: string[] } {
  const made: string[] = [];
  const pages = new PageMap();
  for (const path of ['/a', '/b', '/c']) {
    pages.add(path, (): Page => {
      made.push(path);
      return { path, contentType: 'text/html; charset=utf-8', body: `page ${path}` };
    });
  }
  return { pages, made };
}

describe('page map', () => {
  it('knows every path at once and renders a page only when first asked for, once', () => {
    const { pages, made } = counted();
    assert.deepEqual([...pages.keys()], ['/a', '/b', '/c']);
    assert.equal(pages.size, 3);
    assert.ok(pages.has('/b') && !pages.has('/z'));
    assert.deepEqual(made, []);
    assert.equal(pages.get('/b')?.body, 'page /b');
    assert.equal(pages.get('/b')?.body, 'page /b');
    assert.equal(pages.get('/z'), undefined);
    assert.deepEqual(made, ['/b']);
    assert.deepEqual([...pages.values()].map((p) => p.path), ['/a', '/b', '/c']);
    assert.deepEqual(made, ['/b', '/a', '/c']);
  });

  it('refuses two pages at one path, and renders a forgotten page again when asked', () => {
    const { pages, made } = counted();
    assert.throws(() => pages.add('/a', () => ({ path: '/a', contentType: 'text/plain', body: '' })), /même adresse : \/a/u);
    pages.get('/a');
    pages.forget('/a');
    assert.equal(pages.get('/a')?.body, 'page /a');
    assert.deepEqual(made, ['/a', '/a']);
  });
});
