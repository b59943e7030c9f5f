/** The pipeline's common start, for the server and the export alike: config → records → site. */
import type { Config } from './config.js';
import { buildRecords } from './record/index.js';
import { readSeedDir } from './record/load.js';
import { loadAssets } from './site/assets.js';
import { buildSite, type Site } from './site/pages.js';

/** Reads the seeds and public/, splits every record, renders every page. */
export async function loadSite(config: Pick<Config, 'seedsDir' | 'baseUrl'>): Promise<Site> {
  const records = buildRecords(await readSeedDir(config.seedsDir));
  return buildSite(records, { baseUrl: config.baseUrl, assets: await loadAssets() });
}
