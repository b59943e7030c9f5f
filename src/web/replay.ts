/**
 * Serving the known pages from memory. Each page's response is captured once from the Express
 * app itself, over loopback, so status, headers and bytes are Express's own (the server does it
 * in a worker thread: capture.ts); a thin node:http handler replays it, with gzip (made at
 * capture) and brotli (made on first demand) variants, 304s and HEAD. Anything else falls
 * through to Express.
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

/** One page's response as Express sent it, with its gzip twin: what a capture hands over. */
export interface Captured {
  readonly path: string;
  readonly status: number;
  /** The headers that describe the page (not the exchange: see PER_EXCHANGE), in Express's order. */
  readonly headers: readonly (readonly [string, string])[];
  /** Express's strong ETag without its closing quote, so each variant can add its suffix. */
  readonly etagStem: string;
  readonly body: Buffer;
  readonly gzip: Buffer;
}

/**
 * Asks Express for each path over loopback, one after the other, and yields its response with
 * the gzip variant. A page that does not answer 200 stops the capture: the list comes from the
 * same site, so that is a bug, not a missing page.
 */
export async function* captureResponses(app: RequestListener, paths: Iterable<string>): AsyncGenerator<Captured> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const { port } = server.address() as AddressInfo;
  try {
    for (const path of paths) {
      const response = await fetchRaw(agent, port, path);
      if (response.status !== 200) throw new Error(`${path} : la page construite répond ${response.status}`);
      yield {
        path,
        status: response.status,
        headers: Object.entries(response.headers)
          .filter(([name]) => !PER_EXCHANGE.has(name))
          .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)] as const),
        etagStem: String(response.headers['etag'] ?? `"${response.body.length.toString(16)}"`).replace(/"$/u, ''),
        body: response.body,
        gzip: gzipBest(response.body),
      };
    }
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Turns captured responses into replayable pages, as they come: each page goes into `recorded`
 * at once, so a replay handler already serving that map picks pages up one by one.
 */
export function recorder(recorded: Map<string, Recorded>): (page: Captured) => void {
  const shared = interner();
  return ({ path, status, headers, etagStem, body, gzip }) => {
    const kept = headers.map(([name, value]) => [shared(name), shared(value)] as const);
    recorded.set(path, {
      status,
      headers: kept,
      variants: {
        identity: variant(kept, 'identity', body, `${etagStem}"`),
        gzip: variant(kept, 'gzip', gzip, `${etagStem}-gzip"`),
      },
    });
  };
}

/** Captures every path in this thread (the server does it in a worker: see capture.ts). */
export async function capturePages(app: RequestListener, paths: Iterable<string>, recorded = new Map<string, Recorded>()): Promise<Map<string, Recorded>> {
  const record = recorder(recorded);
  for await (const page of captureResponses(app, paths)) record(page);
  return recorded;
}

/**
 * One copy of each header string. Every captured response brings its own copies of the same
 * values (the CSP alone is 300 bytes); 1,000 records make 6,759 pages and 27,000 heads.
 */
function interner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
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
 * smallest body (brotli, then gzip) — remembered per value: clients send a handful of them. The
 * value is the key as it comes (no key built per request), one table per list of encodings on offer.
 */
function encodingChooser(): (accept: string | undefined, available: readonly Encoding[]) => Encoding {
  const tables = new Map<readonly Encoding[], Map<string, Encoding>>();
  return (accept, available) => {
    let chosen = tables.get(available);
    if (chosen === undefined) tables.set(available, (chosen = new Map()));
    const key = accept ?? '';
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
