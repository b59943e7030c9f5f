/** Shared test helpers: fixture paths and seed loading from this repository only. */
import { readFileSync, readdirSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
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
