/** Starting the server (or `npm start`, or `npm run check`) as a child process, for the tests of src/server.ts. */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { ROOT } from './helpers.js';

/** A child with its standard output and error piped to the test. */
export type Child = ChildProcessByStdio<null, Readable, Readable>;

export interface Started {
  readonly child: Child;
  /** Everything printed so far (stdout and stderr). */
  readonly output: () => string;
  readonly code: number | null;
  readonly url: string | null;
  /** Kills the child (its whole process group when it has one of its own). */
  readonly stop: () => void;
  /** Sends a signal; resolves with the exit code and how long the exit took. */
  readonly signal: (signal: NodeJS.Signals) => Promise<{ code: number | null; ms: number }>;
  /** Resolves with the exit code once the child has exited. */
  readonly exited: Promise<number | null>;
}

/** Runs a TypeScript entry point of src/ with an environment. */
export function run(entry: string, env: Record<string, string>): Child {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Resolves once a child says the viewer is ready, or exits; kills it after `timeoutMs`. With
 * `group`, the child leads a process group of its own, and stop() kills the whole group.
 */
export function whenReady(child: Child, { timeoutMs = 20_000, group = false } = {}): Promise<Started> {
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    try {
      if (group && child.pid) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => kill('SIGKILL'), timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      kill();
    };
    const signal = async (name: NodeJS.Signals) => {
      const began = performance.now();
      child.kill(name);
      const code = await exited;
      clearTimeout(timer);
      return { code, ms: performance.now() - began };
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Visionneuse prête : (http:\/\/[^\s"]+)/u.exec(output)?.[1];
      if (url) resolve({ child, output: () => output, code: null, url, stop, signal, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      resolve({ child, output: () => output, code, url: null, stop, signal, exited });
    });
  });
}

/** Starts src/server.ts with an environment; resolves once it says it is ready, or exits. */
export function start(env: Record<string, string>): Promise<Started> {
  return whenReady(run('server.ts', env));
}

/** Runs `npm start` (the built bundle) in a process group of its own, as a terminal would. */
export function startNpm(env: Record<string, string>): Promise<Started> {
  const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // A build may be due first (scripts/ensure-build.mjs).
  return whenReady(child, { timeoutMs: 120_000, group: true });
}

/** The JSON log lines of an output. */
export function logLines(output: string): Record<string, unknown>[] {
  return output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Waits until `output()` matches, or fails after `timeoutMs`. */
export async function waitFor(output: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!pattern.test(output())) {
    if (performance.now() > deadline) throw new Error(`${pattern} not seen within ${timeoutMs} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
