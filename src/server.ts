/** Entry point: read the config, load and split the seeds, build the pages, capture them, listen. */
import { createServer } from 'node:http';
import { readConfig } from './config.js';
import { SeedLoadError } from './errors.js';
import { loadSite } from './load-site.js';
import { createApp } from './web/app.js';
import { capturePages, replayHandler } from './web/replay.js';

async function main(): Promise<void> {
  const config = readConfig();
  const site = await loadSite(config);
  const records = site.records;
  const app = createApp(site);
  const recorded = await capturePages(app, [...site.pages.keys()]);
  const server = createServer(replayHandler(recorded, app));
  // A slow client cannot hold a connection: whole request within 10 s, headers within 5 s.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  const onListening = (): void => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
    console.log(`${records.length} compte(s) rendu(s) chargé(s) depuis ${config.seedsDir}, ${recorded.size} pages en mémoire`);
    console.log(`Visionneuse prête : http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  };
  server.on('error', (error) => {
    console.error(`Impossible d’écouter sur le port ${config.port} : ${error.message}`);
    process.exit(1);
  });
  // Without HOST, let Node pick every interface (IPv6 when the machine has it, else IPv4).
  if (config.host === undefined) server.listen(config.port, onListening);
  else server.listen(config.port, config.host, onListening);
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedLoadError ? error.message : error);
  process.exit(1);
});
