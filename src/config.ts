/** Settings read from the environment once, validated, and passed in. */
import path from 'node:path';

export interface Config {
  readonly port: number;
  /** Undefined listens on every interface, as Node does by default. */
  readonly host: string | undefined;
  readonly seedsDir: string;
  /** Absolute origin for canonical and sharing URLs; never taken from a request's Host header. */
  readonly baseUrl: string;
  /** pino's level for the request and start-up logs: `info` by default, `silent` for none. */
  readonly logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Reads PORT, HOST, SEEDS_DIR, BASE_URL and LOG_LEVEL; throws with the faulty value named. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const rawPort = env['PORT']?.trim() || '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new Error(`PORT invalide : « ${rawPort} » (attendu : un entier entre 0 et 65535)`);
  }
  const host = env['HOST']?.trim() || undefined;
  const seedsDir = path.resolve(cwd, env['SEEDS_DIR']?.trim() || 'seeds');
  const rawBase = env['BASE_URL']?.trim() || `http://localhost:${port}`;
  let base: URL;
  try {
    base = new URL(rawBase);
  } catch {
    throw new Error(`BASE_URL invalide : « ${rawBase} » (attendu : une URL absolue, par exemple https://exemple.fr)`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`BASE_URL invalide : « ${rawBase} » (http ou https)`);
  const baseUrl = `${base.origin}${base.pathname.replace(/\/+$/u, '')}`;
  const rawLevel = env['LOG_LEVEL']?.trim().toLowerCase() || 'info';
  const logLevel = LOG_LEVELS.find((level) => level === rawLevel);
  if (!logLevel) throw new Error(`LOG_LEVEL invalide : « ${rawLevel} » (attendu : ${LOG_LEVELS.join(', ')})`);
  return { port, host, seedsDir, baseUrl, logLevel };
}
