import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import express from 'express';
import { exportSite } from '../../src/export.js';
import { ROOT } from '../helpers.js';
import { browserSkipReason, findChromium, launch, startServer, type TestServer } from './chromium.js';

const chromiumPath = await findChromium();
const skip = await browserSkipReason(chromiumPath);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe('in a real browser', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  let paths: string[];

  before(async () => {
    assert.ok(chromiumPath, 'CI=true needs a Chromium: CHROME_PATH, /usr/bin/chromium or @sparticuz/chromium');
    browser = await launch(chromiumPath);
    server = await startServer();
    paths = [
      ...[...server.site.pages.values()].filter((p) => p.contentType.startsWith('text/html')).map((p) => p.path),
      '/recherche', '/recherche?q=numerisation', '/page/inconnue',
    ];
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page in a context of its own (axe needs a context's page). */
  async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number; bypassCSP?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 }, locale: 'fr-FR', bypassCSP: options.bypassCSP ?? false,
    });
    const page = await context.newPage();
    await page.goto(server.origin + path);
    return { page, context };
  }

  /** Runs a check on every path with a few pages at once (the machine has two cores). */
  async function eachPath(check: (path: string) => Promise<string[]>): Promise<string[]> {
    const queue = [...paths];
    const failures: string[] = [];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) failures.push(...(await check(path)));
    };
    await Promise.all([worker(), worker(), worker()]);
    return failures;
  }

  it('passes axe (WCAG 2.1 A and AA) on every page, in light and dark', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      failures.push(...(await eachPath(async (path) => {
        const { page, context } = await open(path, { colorScheme });
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
        await context.close();
        return results.violations.map((v) => `${colorScheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      })));
    }
    assert.deepEqual(failures, []);
  });

  it('loads every page under its Content-Security-Policy with no console error or blocked resource', async () => {
    const failures = await eachPath(async (path) => {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' && !(path === '/page/inconnue' && /404/u.test(m.text()))) errors.push(`${path}: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      page.on('requestfailed', (r) => errors.push(`${path}: ${r.url()} ${r.failure()?.errorText}`));
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      assert.ok(response?.headers()['content-security-policy']?.includes("default-src 'none'"), path);
      await context.close();
      return errors;
    });
    assert.deepEqual(failures, []);
  });

  it('catches a contrast fault injected into a page (the axe check can fail)', async () => {
    // The page's CSP forbids injected styles, as it should: this test alone bypasses it.
    const { page, context } = await open(paths.find((p) => p.startsWith('/records/'))!, { bypassCSP: true });
    await page.addStyleTag({ content: '.para-text { color: #c8c8c8 !important; }' });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    await context.close();
    assert.ok(results.violations.some((v) => v.id === 'color-contrast'));
  });

  it('needs no horizontal scrolling and cuts no text at 320, 768 and 1280 px', async () => {
    const failures: string[] = [];
    for (const width of [320, 768, 1280]) {
      failures.push(...(await eachPath(async (path) => {
        const { page, context } = await open(path, { width });
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth}px wide`);
          for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
            if (el.closest('.visually-hidden, .skip-link')) continue;
            const rect = el.getBoundingClientRect();
            if (rect.width > 0 && rect.right > root.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} overflows`);
            const style = getComputedStyle(el);
            if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} cut`);
          }
          return out;
        });
        await context.close();
        return problems.map((p) => `${width}px ${path}: ${p}`);
      })));
    }
    assert.deepEqual(failures.slice(0, 20), []);
  });

  it('refreshes the README screenshots from this browser, light, dark and narrow', async () => {
    const record = paths.find((p) => /^\/records\/000_/.test(p) && p.split('/').length === 3)!;
    mkdirSync(`${ROOT}docs`, { recursive: true });
    for (const [name, options] of [['record-light', { colorScheme: 'light' }], ['record-dark', { colorScheme: 'dark' }], ['record-mobile', { width: 360 }]] as const) {
      const { page, context } = await open(record, options);
      // Chromium may refuse a capture while the machine is busy ("Unable to capture screenshot"): once more.
      await page.screenshot({ path: `${ROOT}docs/${name}.png`, fullPage: false }).catch(async () => {
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${ROOT}docs/${name}.png`, fullPage: false });
      });
      await context.close();
    }
  });

  it('works by keyboard alone: skip link first, visible focus, every control in document order', async () => {
    const { page, context } = await open(paths.find((p) => /\/themes$/.test(p))!);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const rect = el.getBoundingClientRect();
      return { cls: el.className, visible: rect.top >= 0 && rect.bottom <= window.innerHeight, outline: getComputedStyle(el).outlineStyle };
    });
    assert.equal(first.cls, 'skip-link');
    assert.ok(first.visible, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'contenu');

    await page.reload();
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], input, button')].filter((el) => el.offsetParent !== null || el.classList.contains('skip-link')).length,
    );
    const order: number[] = [];
    let focusFailures = 0;
    for (let i = 0; i < expected; i += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const all = [...document.querySelectorAll<HTMLElement>('a[href], input, button')];
        const style = getComputedStyle(el);
        const focusVisible = el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none');
        return { index: all.indexOf(el), focusVisible };
      });
      order.push(state.index);
      if (!state.focusVisible) focusFailures += 1;
    }
    await context.close();
    assert.ok(order.length >= 10, `${order.length} stops`);
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'tab order follows the page');
    assert.equal(new Set(order).size, order.length, 'no control reached twice');
    assert.equal(focusFailures, 0, 'every focused control shows its focus');
  });

  it('copies a paragraph link with "copier le lien", and highlights the paragraph named in the URL', async () => {
    const record = paths.find((p) => /^\/records\/000_/.test(p) && p.split('/').length === 3)!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(server.origin + record);
    await page.click('#p4 .para-link');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${server.origin}${record}#p4`);
    assert.match((await page.textContent('#copy-status')) ?? '', /Lien copié/);
    const background = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).backgroundColor, selector);
    assert.notEqual(await background('#p4'), await background('#p5'), 'the linked paragraph is highlighted');
    await page.goto(`${server.origin}${record}#p7`);
    assert.notEqual(await background('#p7'), await background('#p6'));
    await context.close();
  });

  it('searches from the box on every page, accents and elisions ignored', async () => {
    const { page, context } = await open('/');
    await page.fill('#site-q', 'l’INNOVATION');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/\/recherche\?q=/);
    const marks = await page.locator('mark').allTextContents();
    await context.close();
    assert.ok(marks.length > 0, 'matches are marked');
  });

  it('searches in the browser on a static export, with the same results as the server', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'export-search-'));
    await exportSite(server.site, dir);
    const app = express();
    app.use(express.static(dir));
    const listening: Server = await new Promise((resolve) => {
      const s: Server = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const context = await browser.newContext({ locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      for (const q of ['numerisation', 'l’INNOVATION', 'coopération technologique', 'mot-introuvable']) {
        const served = await page.goto(`${server.origin}/recherche?q=${encodeURIComponent(q)}`);
        assert.equal(served?.status(), 200);
        const expected = { html: await page.innerHTML('#search-results'), title: await page.title() };
        await page.goto(`${origin}/recherche/?q=${encodeURIComponent(q)}`);
        await page.waitForFunction((query) => document.getElementById('search-results')?.dataset['query'] === query, q);
        assert.deepEqual({ html: await page.innerHTML('#search-results'), title: await page.title() }, expected, q);
        assert.equal(await page.inputValue('#site-q'), q);
      }
      // From the box of an exported page: /recherche → /recherche/ keeps the query.
      await page.goto(`${origin}/`);
      await page.fill('#site-q', 'numérisation');
      await page.press('#site-q', 'Enter');
      await page.waitForFunction(() => document.getElementById('search-results')?.dataset['query'] === 'numérisation');
      assert.ok((await page.locator('#search-results mark').count()) > 0);
    } finally {
      await context.close();
      await new Promise((resolve) => listening.close(resolve));
    }
  });

  it('follows the colour scheme, keeps lines readable, and prints cleanly', async () => {
    const record = paths.find((p) => /^\/records\/000_/.test(p) && p.split('/').length === 3)!;
    const luminance = async (colorScheme: 'light' | 'dark') => {
      const { page, context } = await open(record, { colorScheme });
      const value = await page.evaluate(() => {
        const [r, g, b] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      });
      await context.close();
      return value;
    };
    assert.ok((await luminance('light')) > 0.8);
    assert.ok((await luminance('dark')) < 0.2);

    const { page, context } = await open(record);
    const measure = await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('.para-text')!;
      const style = getComputedStyle(p);
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const sample = 'Le ministre a souligné la nécessité d’élargir la coopération bilatérale.';
      const charWidth = canvas.measureText(sample).width / sample.length;
      return { fontSize: parseFloat(style.fontSize), chars: p.getBoundingClientRect().width / charWidth };
    });
    assert.ok(measure.fontSize >= 16, `${measure.fontSize}px`);
    assert.ok(measure.chars >= 55 && measure.chars <= 85, `${Math.round(measure.chars)} characters a line`);

    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      nav: ['.site-header .search-form', '.breadcrumbs', '.toc', '.site-footer'].map((s) => getComputedStyle(document.querySelector(s)!).display),
      linkTarget: getComputedStyle(document.querySelector('.section h2 a')!, '::after').content,
      breaks: getComputedStyle(document.querySelectorAll('.section')[1]!).breakBefore,
    }));
    await context.close();
    assert.deepEqual(print.nav, ['none', 'none', 'none', 'none']);
    assert.match(print.linkTarget, /\//);
    assert.equal(print.breaks, 'page');
  });
});
