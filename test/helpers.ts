/** Shared test helpers: fixture paths and seed loading from this repository only. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type RequestListener } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecord } from '../src/record/index.js';
import { loadAssets } from '../src/site/assets.js';
import { parseSeed } from '../src/record/load.js';
import type { MeetingRecord } from '../src/types.js';

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
