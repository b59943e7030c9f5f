/**
 * The capture, in a worker thread (started by capture.ts). It rebuilds the site from the records
 * the server split, asks its own Express app for every page, gzips each, and posts them back with
 * their bytes transferred, not copied.
 *
 * Why a thread of its own: asking Express for 6,759 pages trains V8 on that work (Express, EJS,
 * an HTTP client) in whatever isolate does it. Done in the server's isolate, that left the
 * replay measurably slower afterwards (a 1-record site captured 450 times over served 14 % fewer
 * requests/s than one captured once; docs/benchmarks.md). A worker's isolate, JIT and heap go
 * away with it, and the gzip work runs on another core while the server already answers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CaptureRequest, CaptureMessage } from './capture.js';
import { describeFailure } from './errors.js';
import { loadAssets } from './site/assets.js';
import { buildSite } from './site/pages.js';
import { createApp } from './web/app.js';
import { captureResponses } from './web/replay.js';

/** The bytes in an ArrayBuffer of their own: a small Buffer is a slice of a shared pool, which must not be transferred. */
function ownBytes(bytes: Buffer): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

async function main(port: NonNullable<typeof parentPort>, { records, baseUrl }: CaptureRequest): Promise<void> {
  const site = buildSite(records, { baseUrl, assets: await loadAssets() });
  let serverError: unknown;
  const app = createApp(site, { onError: (error) => { serverError = error; } });
  try {
    for await (const { body, gzip, ...page } of captureResponses(app, site.pages.keys())) {
      const message: CaptureMessage = { type: 'page', page: { ...page, body: ownBytes(body), gzip: ownBytes(gzip) } };
      port.postMessage(message, [message.page.body.buffer as ArrayBuffer, message.page.gzip.buffer as ArrayBuffer]);
    }
  } catch (error) {
    // A page that answered 500: say why Express failed, not only that it did.
    throw serverError === undefined ? error : new Error(`${describeFailure(error)} (${describeFailure(serverError)})`, { cause: serverError });
  }
  port.postMessage({ type: 'done' } satisfies CaptureMessage);
}

if (!parentPort) throw new Error('capture-worker : à lancer comme thread (voir capture.ts)');
await main(parentPort, workerData as CaptureRequest);
