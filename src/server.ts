/** Entry point: read the config, load and split the seeds, build the pages, listen. */
import { readConfig } from './config.js';
import { SeedLoadError } from './errors.js';
import { buildRecords } from './record/index.js';
import { readSeedDir } from './record/load.js';
import { buildSite } from './site/pages.js';
import { loadAssets } from './site/assets.js';
import { PUBLIC_DIR, createApp } from './web/app.js';

async function main(): Promise<void> {
  const config = readConfig();
  const records = buildRecords(await readSeedDir(config.seedsDir));
  const assets = await loadAssets(PUBLIC_DIR);
  const app = createApp(buildSite(records, { baseUrl: config.baseUrl, assets }));
  const onListening = (): void => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
    console.log(`${records.length} compte(s) rendu(s) chargé(s) depuis ${config.seedsDir}`);
    console.log(`Visionneuse prête : http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  };
  // Without HOST, let Node pick every interface (IPv6 when the machine has it, else IPv4).
  const server = config.host === undefined ? app.listen(config.port, onListening) : app.listen(config.port, config.host, onListening);
  server.on('error', (error) => {
    console.error(`Impossible d’écouter sur le port ${config.port} : ${error.message}`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedLoadError ? error.message : error);
  process.exit(1);
});
