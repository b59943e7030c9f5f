/** Reading seed files and splitting off their YAML front matter (gray-matter), YAML only. */
import { readdir, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type matter from 'gray-matter';
import pMap from 'p-map';
import { SeedError } from '../errors.js';
import { readRegularFile, tooLarge } from '../regular-file.js';
import type { ParsedSeed, RecordMeta, SeedFile, SeedFormat } from '../types.js';

/** Seeds larger than this are refused: a meeting report is a few kilobytes. */
export const MAX_SEED_BYTES = 1024 * 1024;

/** Seeds read at once: enough to keep libuv's thread pool busy, far below any file-descriptor limit. */
const READ_CONCURRENCY = 16;

/** gray-matter (and js-yaml with it), loaded on the first seed that has front matter: start-up needs it only then. */
const require = createRequire(import.meta.url);
let grayMatter: typeof matter | undefined;
const loadGrayMatter = (): typeof matter => (grayMatter ??= require('gray-matter') as typeof matter);

const SEED_EXTENSIONS: Readonly<Record<string, SeedFormat>> = { '.txt': 'txt', '.md': 'md' };
const META_KEYS = ['title', 'date', 'source', 'lang', 'slug'] as const;

/**
 * Lists and reads every `.txt` and `.md` file of a folder, sorted by name. The folder may be a
 * link (resolved once, here); each seed inside must be a regular file. A seed that cannot be
 * read (a link, a FIFO, over the cap, gone…) comes back with the error saying why, so that the
 * one report of bad seeds names it beside the others (see parseSeed).
 */
export async function readSeedDir(dir: string): Promise<SeedFile[]> {
  let root: string;
  let names: string[];
  try {
    root = await realpath(dir);
    names = await readdir(root);
  } catch (cause) {
    throw new Error(`Dossier des comptes rendus illisible : ${dir}`, { cause });
  }
  const seeds = names.filter((name) => seedFormat(name) !== undefined && !name.startsWith('.')).sort();
  return pMap(seeds, (file) => readSeed(root, file), { concurrency: READ_CONCURRENCY });
}

/** One seed's bytes, or the SeedError that says why it was not read. */
async function readSeed(dir: string, file: string): Promise<SeedFile> {
  try {
    return { file, bytes: await readRegularFile(path.join(dir, file), MAX_SEED_BYTES) };
  } catch (cause) {
    return { file, error: new SeedError(file, cause instanceof Error ? cause.message : String(cause), { cause }) };
  }
}

/** `.txt` → txt, `.md` → md, anything else → undefined. */
export function seedFormat(file: string): SeedFormat | undefined {
  return SEED_EXTENSIONS[path.extname(file).toLowerCase()];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Refuses JavaScript front matter: gray-matter would otherwise run it through `eval`. */
const refuseScript = (): never => {
  throw new Error('front matter JavaScript refusé : seul le YAML est accepté');
};

/**
 * Decodes a seed (strict UTF-8) and splits off its YAML front matter; a seed that could not be
 * read throws the error that says why.
 * @example parseSeed({file: 'a.md', bytes}) → {file: 'a.md', format: 'md', meta: {title: '…'}, body: '…'}
 */
export function parseSeed(seed: SeedFile): ParsedSeed {
  if ('error' in seed) throw seed.error;
  const format = seedFormat(seed.file);
  if (!format) throw new SeedError(seed.file, 'extension non prise en charge (attendu : .txt ou .md)');
  if (seed.bytes.byteLength > MAX_SEED_BYTES) {
    throw new SeedError(seed.file, tooLarge(seed.bytes.byteLength, MAX_SEED_BYTES));
  }
  let text: string;
  try {
    text = utf8.decode(seed.bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new SeedError(seed.file, "le fichier n'est pas encodé en UTF-8 valide", { cause });
  }
  if (text.trim() === '') throw new SeedError(seed.file, 'fichier vide');

  const opening = /^---([^\n]*)\r?\n/.exec(text);
  if (opening) {
    const language = (opening[1] ?? '').trim().toLowerCase();
    if (language !== '' && language !== 'yaml' && language !== 'yml') {
      throw new SeedError(seed.file, `front matter en langage « ${language} » refusé : seul le YAML est accepté`, { line: 1 });
    }
    if (!/\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(opening[0].length - 1))) {
      throw new SeedError(seed.file, 'front matter non fermé (ligne « --- » manquante)', { line: 1 });
    }
  }

  let parsed: { data: Record<string, unknown>; content: string } = { data: {}, content: text };
  if (opening) {
    try {
      // Always pass options: without them gray-matter caches by input and hides a second error.
      parsed = loadGrayMatter()(text, { engines: { javascript: refuseScript, js: refuseScript } as never });
    } catch (cause) {
      throw new SeedError(seed.file, `front matter YAML invalide : ${reason(cause)}`, { line: yamlLine(cause), cause });
    }
  }
  const meta = readMeta(seed.file, parsed.data);
  const body = parsed.content.replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new SeedError(seed.file, 'aucun texte après le front matter');
  const frontMatter = text.slice(0, text.length - parsed.content.length);
  return { file: seed.file, format, meta, body, bodyLine: frontMatter.split('\n').length };
}

/** Keeps the known front matter keys, as strings; a YAML date becomes `YYYY-MM-DD`. */
function readMeta(file: string, data: unknown): RecordMeta {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new SeedError(file, 'le front matter doit être un dictionnaire YAML (clé: valeur)', { line: 2 });
  }
  const meta: Record<string, string> = {};
  for (const key of META_KEYS) {
    const value: unknown = (data as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    if (value instanceof Date && !Number.isNaN(value.getTime())) meta[key] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value).trim();
    else throw new SeedError(file, `le champ « ${key} » du front matter doit être un texte`);
  }
  if (meta['slug'] !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(meta['slug'])) {
    throw new SeedError(file, `slug invalide « ${meta['slug']} » (lettres, chiffres, « - », « _ » ou « . »)`);
  }
  return meta;
}

function reason(cause: unknown): string {
  const error = cause as { reason?: unknown; message?: unknown };
  return String(error.reason ?? error.message ?? cause);
}

/** js-yaml reports a 0-based line inside the front matter, which starts on the file's line 2. */
function yamlLine(cause: unknown): number | undefined {
  const line = (cause as { mark?: { line?: unknown } }).mark?.line;
  return typeof line === 'number' ? line + 1 : undefined;
}
