/** Settings read from the environment once, validated, and passed in. */
import path from 'node:path';

export interface Config {
  readonly port: number;
  /** Undefined listens on every interface, as Node does by default. */
  readonly host: string | undefined;
  readonly seedsDir: string;
}

/** Reads PORT, HOST and SEEDS_DIR; throws with the faulty value named. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const rawPort = env['PORT']?.trim() || '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new Error(`PORT invalide : « ${rawPort} » (attendu : un entier entre 0 et 65535)`);
  }
  const host = env['HOST']?.trim() || undefined;
  const seedsDir = path.resolve(cwd, env['SEEDS_DIR']?.trim() || 'seeds');
  return { port, host, seedsDir };
}
