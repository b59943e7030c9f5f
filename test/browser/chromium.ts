/** Finding and starting a Chromium for the browser tests, and serving the site to it. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { buildRecords } from '../../src/record/index.js';
import { readSeedDir } from '../../src/record/load.js';
import { buildSite, type Site } from '../../src/site/pages.js';
import { createApp } from '../../src/web/app.js';
import { SEEDS_DIR, SITE, readFixtures } from '../helpers.js';

/** Flags Chromium needs here: running as root, no GPU, no network of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * CHROME_PATH, then Debian's /usr/bin/chromium, then the Chromium shipped inside the
 * @sparticuz/chromium devDependency (unpacked to the temp folder on first use). Null when none.
 */
export async function findChromium(): Promise<string | null> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    return await sparticuz.executablePath();
  } catch {
    return null;
  }
}

/** Why the browser tests are skipped, or false to run them; under CI=true a missing browser fails instead. */
export async function browserSkipReason(path: string | null): Promise<string | false> {
  if (path) return false;
  if (process.env['CI'] === 'true') return false;
  return 'aucun Chromium trouvé (CHROME_PATH, /usr/bin/chromium, @sparticuz/chromium) : tests navigateur ignorés';
}

export async function launch(path: string): Promise<Browser> {
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
}

export interface TestServer {
  readonly site: Site;
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serves the seeds and a few fixtures of other shapes on 127.0.0.1, on a free port. */
export async function startServer(): Promise<TestServer> {
  const fixtures = await readFixtures([
    'unnamed-sides-acting-event-after-invite-verb.txt',
    'markdown-bulleted-programme-after-lead-in.md',
    'headline-dateline-and-background-fact-context.txt',
    'invitation-carried-for-absent-prime-minister.txt',
    'programme-dash-items-after-elle-prevoit-colon.txt',
  ]);
  const records = [...buildRecords(await readSeedDir(SEEDS_DIR)), ...buildRecords(fixtures)];
  const site = buildSite(records, { ...SITE, baseUrl: 'http://127.0.0.1' });
  const server: Server = await new Promise((resolve) => {
    const listening: Server = createApp(site).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    site,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
