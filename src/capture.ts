/**
 * Capturing the pages for replay, off the server's thread: see capture-worker.ts for why.
 * The worker gets the split records (structured clone: they are plain data), so it renders
 * exactly the site the server serves without reading or splitting the seeds again.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MeetingRecord } from './types.js';
import { recorder, type Captured, type Recorded } from './web/replay.js';

export interface CaptureRequest {
  readonly records: readonly MeetingRecord[];
  readonly baseUrl: string;
}

/** What the worker posts: one page at a time (bodies as transferred bytes), then `done`. */
export type CaptureMessage =
  | { readonly type: 'page'; readonly page: Omit<Captured, 'body' | 'gzip'> & { readonly body: Uint8Array; readonly gzip: Uint8Array } }
  | { readonly type: 'done' };

/**
 * The worker beside this module, in the same form: capture-worker.ts under tsx, .js in dist/,
 * .mjs in the bundle (scripts/build.mjs writes dist/bundle/capture-worker.mjs).
 */
const WORKER_URL = new URL(`./capture-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * A worker on `url`. Under a TypeScript loader (`npm test`, `npm run dev`: the worker is a .ts
 * file) the thread registers tsx itself first, because Node 20 does not carry the main thread's
 * `--import tsx` into workers. The compiled server never takes that branch.
 */
function startWorker(url: URL, workerData: CaptureRequest): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Buffer over transferred bytes, without a copy. */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Captures every page of the site built from `records` in a worker thread; each page goes into
 * `recorded` as it arrives. Resolves with the number of pages once the worker is done.
 */
export function captureInWorker(request: CaptureRequest, recorded: Map<string, Recorded>, workerUrl: URL = WORKER_URL): Promise<number> {
  const record = recorder(recorded);
  let pages = 0;
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerUrl, request);
    let done = false;
    worker.on('message', (message: CaptureMessage) => {
      if (message.type === 'done') {
        done = true;
        resolve(pages);
        return;
      }
      const { body, gzip, ...page } = message.page;
      record({ ...page, body: asBuffer(body), gzip: asBuffer(gzip) });
      pages++;
    });
    worker.on('error', (error) => reject(new Error(`capture des pages (${workerUrl.pathname}) : ${error.message}`, { cause: error })));
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`capture des pages : le thread s’est arrêté (code ${code}) après ${pages} pages`));
    });
  });
}
