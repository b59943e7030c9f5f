/**
 * `npm run check`: loads and splits every seed and renders every page, as start-up does, and
 * prints the same report — without starting the server. Exit 0 when all is well, 1 otherwise.
 */
import { readConfig } from './config.js';
import { describeFailure } from './errors.js';
import { loadSite } from './load-site.js';
import { recordUrl } from './site/urls.js';

async function main(): Promise<void> {
  const config = readConfig();
  const site = await loadSite(config);
  // Pages render on first use: render them all now, so a page that cannot be built fails here.
  for (const page of site.pages.values()) void page;
  console.log(`${site.records.length} compte(s) rendu(s) valide(s) dans ${config.seedsDir}, ${site.pages.size} pages :`);
  for (const record of site.records) {
    const sections = record.sections.map((s) => `${s.title} (${s.paragraphs.length})`).join(', ');
    console.log(`  - ${record.file} → ${recordUrl(record.slug)} : ${record.paragraphs.length} paragraphes ; ${sections}`);
  }
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exit(1);
});
