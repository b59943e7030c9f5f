/** Shared test helpers: fixture paths and seed loading from this repository only. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type RequestListener } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecord } from '../src/record/index.js';
import { loadAssets } from '../src/site/assets.js';
import { parseSeed, readSeedDir } from '../src/record/load.js';
import type { MeetingRecord, SeedFile } from '../src/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/records/', import.meta.url));
export const SEED_FILE = '000_40d93fe09706aa0e.txt';
/** Site options for tests: the default base URL of a local server, and the real public/ files. */
export const SITE = { baseUrl: 'http://localhost:3000', assets: await loadAssets() } as const;

/** Builds a record from a file of a folder. */
export function recordFrom(dir: string, file: string): MeetingRecord {
  return buildRecord(parseSeed({ file, bytes: readFileSync(dir + file) }));
}

/** Builds a record from text given inline. */
export function recordOf(text: string, file = 'essai.txt'): MeetingRecord {
  return buildRecord(parseSeed({ file, bytes: new TextEncoder().encode(text) }));
}

/** The fixture reports (`.txt`, `.md`) that have an expected split beside them. */
export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
}

/** The named fixture reports, read as start-up reads them, in the order given; a name not in the folder throws. */
export async function readFixtures(names: readonly string[]): Promise<SeedFile[]> {
  const seeds = await readSeedDir(FIXTURES_DIR);
  return names.map((name) => {
    const seed = seeds.find((s) => s.file === name);
    if (!seed) throw new Error(`no fixture ${name} in ${FIXTURES_DIR}`);
    return seed;
  });
}

/** A record's paragraph kinds, in paragraph order. */
export function kindsOf(record: MeetingRecord): string[] {
  const kinds: string[] = record.paragraphs.map(() => '?');
  for (const section of record.sections) for (const n of section.paragraphs) kinds[n - 1] = section.kind;
  return kinds;
}

export interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A listener on a loopback port, with a keep-alive client sending raw exchanges to it. */
export interface Listening {
  readonly port: number;
  /** One exchange: no decompression, no parsing; the path is sent as given. */
  readonly send: (path: string, headers?: Record<string, string>, method?: string) => Promise<Raw>;
  readonly close: () => Promise<void>;
}

/** A keep-alive client for a port on 127.0.0.1. */
export function client(port: number): Pick<Listening, 'send' | 'close'> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const send = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> =>
    new Promise<Raw>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  return { send, close: async () => agent.destroy() };
}

export async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const { send, close: closeClient } = client(port);
  const close = async (): Promise<void> => {
    await closeClient();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { port, send, close };
}

/** A raw exchange with a listener over loopback: no decompression, no parsing. */
export async function exchange(listener: RequestListener, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const listening = await listen(listener);
  try {
    return await listening.send(path, headers, method);
  } finally {
    await listening.close();
  }
}

/** One response parsed from raw bytes: status, lower-case headers, body as text. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Splits what a connection received into responses (each body by its Content-Length). */
export function parseResponses(received: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = received;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) throw new Error(`incomplete head: ${JSON.stringify(rest.toString().slice(0, 200))}`);
    const [statusLine = '', ...lines] = rest.subarray(0, end).toString().split('\r\n');
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length'] ?? 0);
    const body = rest.subarray(end + 4, end + 4 + length);
    if (body.length < length) throw new Error(`body cut at ${body.length} of ${length} bytes`);
    responses.push({ status: Number(statusLine.split(' ')[1]), headers, body: body.toString() });
    rest = rest.subarray(end + 4 + length);
  }
  return responses;
}

/** A raw HTTP connection to 127.0.0.1: bytes written as given, everything the server sends kept. */
export interface RawConnection {
  readonly localPort: number;
  readonly write: (text: string) => Promise<void>;
  /** Resolves once `count` whole responses have come. */
  readonly responses: (count: number) => Promise<RawResponse[]>;
  /** Resolves with everything received once the connection is closed (by the server, or reset). */
  readonly closed: Promise<Buffer>;
  readonly destroy: () => void;
}

/** Opens a raw connection; rejects when the connection is refused. */
export function connectRaw(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let check = (): void => undefined;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      check();
    });
    const closed = new Promise<Buffer>((done) => socket.on('close', () => done(Buffer.concat(chunks))));
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      socket.on('error', () => undefined); // a reset shows in what `closed` holds
      const responses = (count: number) =>
        new Promise<RawResponse[]>((done) => {
          check = () => {
            try {
              const parsed = parseResponses(Buffer.concat(chunks));
              if (parsed.length >= count) done(parsed);
            } catch {
              // not whole yet
            }
          };
          check();
        });
      const write = (text: string) => new Promise<void>((done, fail) => socket.write(text, (error) => (error ? fail(error) : done())));
      resolve({ localPort: socket.localPort ?? 0, write, responses, closed, destroy: () => socket.destroy() });
    });
  });
}

/** A GET request's text, for raw connections. */
export const rawGet = (path: string, connection = 'keep-alive'): string => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: ${connection}\r\n\r\n`;

/** Whether this system shows sockets' receive queues (Linux's /proc/net/tcp). */
export const CAN_SEE_SOCKET_QUEUES = existsSync('/proc/net/tcp');

/**
 * Resolves once the server side of a loopback connection has read every byte sent to it: its
 * receive queue in /proc/net/tcp is empty. Called after writing, it tells that the server has
 * accepted the connection and parsed those bytes, so a test can signal it knowing they were seen.
 */
export async function readByServer(serverPort: number, clientPort: number, timeoutMs = 10_000): Promise<void> {
  const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');
  const local = `:${hex(serverPort)}`;
  const remote = `:${hex(clientPort)}`;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const lines = ['/proc/net/tcp', '/proc/net/tcp6'].filter(existsSync).flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    const row = lines.map((line) => line.trim().split(/\s+/u)).find((cols) => cols[1]?.endsWith(local) && cols[2]?.endsWith(remote));
    // cols[4] is tx_queue:rx_queue, in hexadecimal.
    if (row && parseInt(row[4]?.split(':')[1] ?? 'x', 16) === 0) return;
    if (performance.now() > deadline) throw new Error(`the server did not read connection :${clientPort} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Fills `dir` with seeds that are not regular files, each of which would leak or hang if it
 * were opened: links to a file outside holding `secret`, to the environment, to /dev/zero and
 * to a FIFO; a dangling link, a link loop, a directory, a FIFO, a socket, a device (when this
 * user may make one). Returns each name with what the report must call it.
 */
export function makeNonRegularSeeds(dir: string, secret: string): Record<string, RegExp> {
  const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), secret);
  execFileSync('mkfifo', [path.join(outside, 'fifo')]);
  execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
  const link = /lien symbolique refusé/u;
  const made: Record<string, RegExp> = { 'dir.txt': /dossier refusé/u, 'fifo.txt': /tube nommé \(FIFO\) refusé/u };
  const links: Record<string, string> = {
    'outside.txt': path.join(outside, 'secret.txt'),
    'environ.txt': '/proc/self/environ',
    'zero.txt': '/dev/zero',
    'fifo-link.md': path.join(outside, 'fifo'),
    'dangling.txt': path.join(outside, 'nowhere.txt'),
    'loop.txt': 'loop.txt',
    'dir-link.md': outside,
  };
  for (const [name, target] of Object.entries(links)) {
    symlinkSync(target, path.join(dir, name));
    made[name] = link;
  }
  mkdirSync(path.join(dir, 'dir.txt'));
  // A socket file stays while its server listens; unref'd, it does not hold the test process.
  const socket = createNetServer().listen(path.join(dir, 'socket.txt'));
  socket.unref();
  made['socket.txt'] = /socket refusé/u;
  try {
    execFileSync('mknod', [path.join(dir, 'device.txt'), 'c', '1', '5'], { stdio: 'ignore' }); // /dev/zero's numbers
    made['device.txt'] = /périphérique refusé/u;
  } catch {
    // not root: no device, the other kinds still stand
  }
  return made;
}
