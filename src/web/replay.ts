/**
 * Serving the known pages from memory. Each page's response is captured once from the Express
 * app itself, over loopback, so status, headers and bytes are Express's own; a thin node:http
 * handler replays it, with gzip (made at once) and brotli (made on first demand) variants, 304s and HEAD. Anything else falls through
 * to Express.
 */
import { Agent, createServer, request, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Negotiator from 'negotiator';
import { brotliBest, gzipBest } from '../site/compress.js';
import { QUERY_DEPENDENT_PAGES } from '../site/pages.js';


/** Headers that describe one exchange, not the page: never replayed as captured. */
const PER_EXCHANGE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'etag', 'vary']);
const ENCODINGS = ['br', 'gzip', 'identity'] as const;
type Encoding = (typeof ENCODINGS)[number];

interface Variant {
  readonly body: Buffer;
  readonly etag: string;
}

/** One page as captured, with its encoded variants. */
export interface Recorded {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly variants: Partial<Record<Encoding, Variant>>;
}

/**
 * Captures Express's response for each path, and gzips it; brotli follows on first demand.
 * Each page goes into `recorded` as soon as it is captured, so a replay handler already serving
 * that map picks pages up one by one (the server listens first and captures in the background).
 */
export async function capturePages(app: RequestListener, paths: readonly string[], recorded = new Map<string, Recorded>()): Promise<Map<string, Recorded>> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const { port } = server.address() as AddressInfo;
  try {
    for (const path of paths) {
      const response = await fetchRaw(agent, port, path);
      if (response.status !== 200) throw new Error(`${path} : la page construite répond ${response.status}`);
      const etag = String(response.headers['etag'] ?? `"${response.body.length.toString(16)}"`).replace(/"$/u, '');
      const headers = Object.entries(response.headers)
        .filter(([name]) => !PER_EXCHANGE.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)] as const);
      recorded.set(path, {
        status: response.status,
        headers,
        variants: { identity: { body: response.body, etag: `${etag}"` }, gzip: { body: gzipBest(response.body), etag: `${etag}-gzip"` } },
      });
    }
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
  return recorded;
}

/** One GET over loopback, body as raw bytes. */
function fetchRaw(agent: Agent, port: number, path: string): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The brotli variant of a page (highest quality, about 6 ms for 12 KB). */
async function brotliVariant(identity: Variant): Promise<Variant> {
  return { body: await brotliBest(identity.body), etag: identity.etag.replace(/"$/u, '-br"') };
}

/** Adds every brotli variant now (for tests that need them at once; the server makes them on demand). */
export async function addBrotli(recorded: Map<string, Recorded>): Promise<void> {
  for (const [path, page] of recorded) {
    recorded.set(path, { ...page, variants: { ...page.variants, br: await brotliVariant(page.variants.identity!) } });
  }
}

/**
 * A request listener that answers GET and HEAD for the recorded paths from memory and hands
 * everything else (other paths, other methods, a query-dependent page with a query) to `fallback`.
 */
export function replayHandler(recorded: Map<string, Recorded>, fallback: RequestListener, queryDependent: ReadonlySet<string> = QUERY_DEPENDENT_PAGES): RequestListener {
  const pending = new Set<string>();
  /** The first request that would take brotli gets gzip, and starts the brotli variant for later ones. */
  const compressLater = (path: string, page: Recorded): void => {
    if (pending.has(path)) return;
    pending.add(path);
    brotliVariant(page.variants.identity!)
      .then((br) => recorded.set(path, { ...page, variants: { ...page.variants, br } }))
      .catch((error: unknown) => console.error(`${path} : compression brotli impossible`, error))
      .finally(() => pending.delete(path));
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    const replayable = (req.method === 'GET' || req.method === 'HEAD') && !(query >= 0 && queryDependent.has(path));
    const page = replayable ? recorded.get(path) : undefined;
    if (!page) {
      fallback(req, res);
      return;
    }
    if (!page.variants.br && new Negotiator(req).encoding([...ENCODINGS], { preferred: [...ENCODINGS] }) === 'br') compressLater(path, page);
    const available = ENCODINGS.filter((e) => page.variants[e] !== undefined);
    // The client's q-values first; at equal q, the smallest body (brotli, then gzip).
    const encoding = (new Negotiator(req).encoding([...available], { preferred: [...ENCODINGS] }) ?? 'identity') as Encoding;
    const variant = page.variants[encoding] ?? page.variants.identity!;
    for (const [name, value] of page.headers) res.setHeader(name, value);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', variant.etag);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    if (matches(req.headers['if-none-match'], variant.etag)) {
      res.removeHeader('Content-Type');
      res.removeHeader('Content-Encoding');
      res.writeHead(304);
      res.end();
      return;
    }
    res.setHeader('Content-Length', variant.body.length);
    res.writeHead(page.status);
    res.end(req.method === 'HEAD' ? undefined : variant.body);
  };
}

/** If-None-Match: `*` or a list holding this ETag (weak comparison, as RFC 9110 asks for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//u, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === bare);
}
