/** The files of public/, each under a fingerprinted URL so browsers may cache it for a year. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** public/ sits two levels above this file, in src/site/ as in dist/site/. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
/** The browser scripts bundled from src/client/ by `npm run build` (scripts/build.mjs). */
export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));
/** Where the served files come from: hand-written public/ and the bundled client scripts. */
export const ASSET_DIRS: readonly string[] = [PUBLIC_DIR, CLIENT_DIR];

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

/** Reads the asset folders (one level each) once at start-up. */
export async function loadAssets(dirs: readonly string[] = ASSET_DIRS): Promise<Asset[]> {
  const perDir = await Promise.all(dirs.map(async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw new Error(`${dir} illisible${dir === CLIENT_DIR ? ' : lancez « npm run build »' : ''}`, { cause: error });
    });
    const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.map')).map((e) => e.name).sort();
    return Promise.all(names.map(async (name) => fingerprint(name, await readFile(path.join(dir, name)))));
  }));
  return perDir.flat();
}

/** `style.css` + bytes → `/static/style.<10 hex of sha256>.css`. */
export function fingerprint(name: string, body: Buffer): Asset {
  const ext = path.extname(name);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { name, url: `/static/${path.basename(name, ext)}.${hash}${ext}`, contentType: TYPES[ext.toLowerCase()] ?? 'application/octet-stream', body };
}
