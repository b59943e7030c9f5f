/**
 * Entry point: read the config, load and split the seeds, build the pages, listen; then capture
 * the pages for replay in the background. Until a page is captured Express serves its prebuilt
 * body itself (the same bytes, more slowly), so the server answers as soon as the pages exist.
 */
import { createServer } from 'node:http';
import { readConfig } from './config.js';
import { SeedLoadError } from './errors.js';
import { loadSite } from './load-site.js';
import { createApp } from './web/app.js';
import { capturePages, replayHandler, type Recorded } from './web/replay.js';

async function main(): Promise<void> {
  const began = performance.now();
  const config = readConfig();
  const site = await loadSite(config);
  const app = createApp(site);
  const recorded = new Map<string, Recorded>();
  const server = createServer(replayHandler(recorded, app));
  // A slow client cannot hold a connection: whole request within 10 s, headers within 5 s.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  const onListening = (): void => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
    console.log(`${site.records.length} compte(s) rendu(s) chargé(s) depuis ${config.seedsDir}, ${site.pages.size} pages construites`);
    console.log(`Visionneuse prête : http://${host.includes(':') ? `[${host}]` : host}:${port}`);
    capturePages(app, [...site.pages.keys()], recorded).then(
      () => console.log(`${recorded.size} pages en mémoire, prêtes à rejouer (${Math.round(performance.now() - began)} ms après le lancement)`),
      (error: unknown) => console.error('Capture des pages impossible : Express continue de les servir', error),
    );
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
