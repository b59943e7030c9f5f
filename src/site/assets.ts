/** The files of public/, each under a fingerprinted URL so browsers may cache it for a year. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** public/ sits two levels above this file, in src/site/ as in dist/site/. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

export interface Asset {
  /** The file's own name in public/, e.g. `style.css`. */
  readonly name: string;
  /** Its URL with a content hash: `/static/style.3f2a1c9b0d.css`. */
  readonly url: string;
  readonly contentType: string;
  readonly body: Buffer;
}

const TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** Reads public/ (one level) once at start-up. */
export async function loadAssets(dir: string): Promise<Asset[]> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => fingerprint(name, await readFile(path.join(dir, name)))));
}

/** `style.css` + bytes → `/static/style.<10 hex of sha256>.css`. */
export function fingerprint(name: string, body: Buffer): Asset {
  const ext = path.extname(name);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { name, url: `/static/${path.basename(name, ext)}.${hash}${ext}`, contentType: TYPES[ext.toLowerCase()] ?? 'application/octet-stream', body };
}
