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
const WITHOUT_BR: readonly Encoding[] = ['gzip', 'identity'];

interface Variant {
  readonly body: Buffer;
  readonly etag: string;
  /** The response head, as a flat [name, value, …] list for writeHead: built once, sent as is. */
  readonly head: readonly string[];
  /** The same for a 304: no body, so no Content-Type, Content-Encoding or Content-Length. */
  readonly notModified: readonly string[];
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
        variants: {
          identity: variant(headers, 'identity', response.body, `${etag}"`),
          gzip: variant(headers, 'gzip', gzipBest(response.body), `${etag}-gzip"`),
        },
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

/** A variant of a page: its body, ETag and ready-made response heads. */
function variant(headers: Recorded['headers'], encoding: Encoding, body: Buffer, etag: string): Variant {
  const flat = (list: Recorded['headers']) => list.flatMap(([name, value]) => [name, value]);
  const validators = ['Vary', 'Accept-Encoding', 'ETag', etag];
  const encoded = encoding === 'identity' ? [] : ['Content-Encoding', encoding];
  return {
    body,
    etag,
    head: [...flat(headers), ...validators, ...encoded, 'Content-Length', String(body.length)],
    notModified: [...flat(headers.filter(([name]) => name !== 'content-type')), ...validators],
  };
}

/** The brotli variant of a page (highest quality, about 6 ms for 12 KB). */
async function brotliVariant(page: Recorded): Promise<Variant> {
  const identity = page.variants.identity!;
  return variant(page.headers, 'br', await brotliBest(identity.body), identity.etag.replace(/"$/u, '-br"'));
}

/** Adds every brotli variant now (for tests that need them at once; the server makes them on demand). */
export async function addBrotli(recorded: Map<string, Recorded>): Promise<void> {
  for (const [path, page] of recorded) {
    recorded.set(path, { ...page, variants: { ...page.variants, br: await brotliVariant(page) } });
  }
}

/**
 * The encoding for an Accept-Encoding value — the client's q-values first; at equal q, the
 * smallest body (brotli, then gzip) — remembered per value: clients send a handful of them.
 */
function encodingChooser(): (accept: string | undefined, available: readonly Encoding[]) => Encoding {
  const chosen = new Map<string, Encoding>();
  return (accept, available) => {
    const key = `${available.length}|${accept ?? ''}`;
    let encoding = chosen.get(key);
    if (encoding === undefined) {
      const negotiator = new Negotiator({ headers: accept === undefined ? {} : { 'accept-encoding': accept } });
      encoding = (negotiator.encoding([...available], { preferred: [...ENCODINGS] }) ?? 'identity') as Encoding;
      if (chosen.size >= 256) chosen.clear(); // odd values from scanners must not grow it forever
      chosen.set(key, encoding);
    }
    return encoding;
  };
}

/**
 * A request listener that answers GET and HEAD for the recorded paths from memory and hands
 * everything else (other paths, other methods, a query-dependent page with a query) to `fallback`.
 */
export function replayHandler(recorded: Map<string, Recorded>, fallback: RequestListener, queryDependent: ReadonlySet<string> = QUERY_DEPENDENT_PAGES): RequestListener {
  const pending = new Set<string>();
  const choose = encodingChooser();
  /** The first request that would take brotli gets gzip, and starts the brotli variant for later ones. */
  const compressLater = (path: string, page: Recorded): void => {
    if (pending.has(path)) return;
    pending.add(path);
    brotliVariant(page)
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
    const accept = req.headers['accept-encoding'];
    if (!page.variants.br && choose(accept, ENCODINGS) === 'br') compressLater(path, page);
    const encoding = choose(accept, page.variants.br ? ENCODINGS : WITHOUT_BR);
    const variant = page.variants[encoding] ?? page.variants.identity!;
    if (matches(req.headers['if-none-match'], variant.etag)) {
      res.writeHead(304, variant.notModified as string[]);
      res.end();
      return;
    }
    res.writeHead(page.status, variant.head as string[]);
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
