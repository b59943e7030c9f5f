/** Writes the whole site to a folder a static host or CDN can serve at the same URLs. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliBest, gzipBest } from './site/compress.js';
import type { Site } from './site/pages.js';

/**
 * The file a URL is written to: pages as `<path>/index.html`, API documents as `<path>.json`,
 * fingerprinted assets under their own name.
 * @example fileFor('/records/x', 'text/html; charset=utf-8') → 'records/x/index.html'
 */
export function fileFor(urlPath: string, contentType: string): string {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/u, '');
  if (contentType.startsWith('text/html')) return path.posix.join(relative, 'index.html');
  if (contentType.startsWith('application/json') && !relative.endsWith('.json')) return `${relative}.json`;
  return relative;
}

/** Writes every page (the search page searches in the browser there), `404.html` and `405.html`, each with `.gz` and `.br` twins; returns the files written. */
export async function exportSite(site: Site, dir: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (file: string, body: string | Buffer): Promise<void> => {
    const target = path.join(dir, file);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`Chemin hors du dossier d’export : ${file}`);
    await mkdir(path.dirname(target), { recursive: true });
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    await writeFile(target, bytes);
    await writeFile(`${target}.gz`, gzipBest(bytes));
    await writeFile(`${target}.br`, await brotliBest(bytes));
    written.push(file);
  };
  for (const page of site.pages.values()) await write(fileFor(page.path, page.contentType), page.body);
  await write('404.html', site.notFound.body);
  await write('405.html', site.methodNotAllowed.body);
  return written;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage : npm run export -- <dossier>');
  const { readConfig } = await import('./config.js');
  const { loadSite } = await import('./load-site.js');
  const target = path.resolve(dir);
  const files = await exportSite(await loadSite(readConfig()), target);
  console.log(`${files.length} fichiers écrits dans ${target} (chacun avec ses jumeaux .gz et .br)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
