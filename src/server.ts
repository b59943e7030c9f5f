/**
 * Entry point: read the config, load and split the seeds, build the pages, listen; then capture
 * the pages for replay in the background, in a worker thread (capture.ts). Until a page is
 * captured Express serves it itself (the same bytes, more slowly), so the server answers as soon
 * as the records are split.
 * SIGTERM and SIGINT stop it gracefully: requests in flight finish, the logs are flushed (for a
 * second at most), then it exits 0. SIGUSR1 does not open the inspector.
 */
import { captureInWorker } from './capture.js';
import { readConfig } from './config.js';
import { describeFailure } from './errors.js';
import { loadSite } from './load-site.js';
import { createLogger, flushLogs, logRequests } from './log.js';
import { createApp } from './web/app.js';
import { createLimitedServer } from './web/limits.js';
import { replayHandler, type Recorded } from './web/replay.js';
import { closeGracefully } from './web/shutdown.js';

/** How long a stop waits for requests in flight before cutting them. */
const SHUTDOWN_TIMEOUT_MS = 5_000;
/** How long an exit waits for standard output to take the last log lines. */
const LOG_FLUSH_TIMEOUT_MS = 1_000;

async function main(): Promise<void> {
  const began = performance.now();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const site = await loadSite(config);
  const app = createApp(site, { onError: (error) => logger.error({ err: error }, 'erreur du serveur') });
  const recorded = new Map<string, Recorded>();
  // A slow client cannot hold a connection: headers within 5 s, the whole request within 10 s.
  const server = createLimitedServer(logRequests(logger, replayHandler(recorded, app)));

  const onListening = (): void => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    logger.info({ records: site.records.length, pages: site.pages.size, seedsDir: config.seedsDir }, `${site.records.length} compte(s) rendu(s) chargé(s), ${site.pages.size} pages construites`);
    logger.info({ url }, `Visionneuse prête : ${url}`);
    captureInWorker({ records: site.records, baseUrl: config.baseUrl }, recorded).then(
      () => {
        // The replay holds each page's bytes now: the rendered strings need not stay twice.
        for (const path of recorded.keys()) site.pages.forget(path);
        logger.info({ pages: recorded.size, ms: Math.round(performance.now() - began) }, `${recorded.size} pages en mémoire, prêtes à rejouer`);
      },
      (error: unknown) => logger.error({ err: error }, 'capture des pages impossible : Express continue de les servir'),
    );
  };
  server.on('error', (error) => {
    logger.fatal({ err: error }, `Impossible d’écouter sur le port ${config.port} : ${error.message}`);
    void flushLogs(logger, LOG_FLUSH_TIMEOUT_MS).then(() => process.exit(1));
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // A Ctrl-C reaches the server twice under npm (from the terminal, and forwarded by npm).
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'arrêt demandé : fin des requêtes en cours');
    void closeGracefully(server, SHUTDOWN_TIMEOUT_MS)
      .then((how) => {
        logger.info({ how }, how === 'closed' ? 'arrêt : toutes les requêtes terminées' : 'arrêt : requêtes coupées après le délai');
        return flushLogs(logger, LOG_FLUSH_TIMEOUT_MS);
      })
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Node 20 opens its inspector on 127.0.0.1:9229 at SIGUSR1 unless the process listens for it:
  // any local user could then run code in the server. `node --inspect` still debugs it.
  process.on('SIGUSR1', () => logger.warn('SIGUSR1 ignoré : l’inspecteur ne s’ouvre pas (lancer node --inspect pour déboguer)'));
  // Without HOST, let Node pick every interface (IPv6 when the machine has it, else IPv4).
  if (config.host === undefined) server.listen(config.port, onListening);
  else server.listen(config.port, config.host, onListening);
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exit(1);
});
