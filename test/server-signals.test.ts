import assert from 'node:assert/strict';
import type { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { CAN_SEE_SOCKET_QUEUES, SEEDS_DIR, client, connectRaw, parseResponses, rawGet, readByServer, type RawResponse } from './helpers.js';
import { logLines, start, startNpm, waitFor, type Started } from './server-process.js';

const SLUG = '000_40d93fe09706aa0e';
const ENV = { PORT: '0', HOST: '127.0.0.1', SEEDS_DIR };
const NEEDS_QUEUES = { skip: !CAN_SEE_SOCKET_QUEUES && 'needs /proc/net/tcp to know the server has read a request' };

interface AcrossStop {
  /** What the idle keep-alive connection got: its one answer, then the close. */
  readonly idle: RawResponse[];
  readonly idleClosedMs: number;
  readonly refused: boolean;
  /** A new connection half-way through its headers at the signal (a replayed page). */
  readonly fresh: RawResponse[];
  /** A kept-alive connection half-way through its second request's headers (search: Express). */
  readonly kept: RawResponse[];
}

/**
 * Connects until the connection is refused. The idle connections close a moment before the
 * listener does, so one attempt may still be taken in and reset: it must not be answered.
 */
async function refusesNewConnections(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const late = await connectRaw(port);
      await late.write(rawGet('/records', 'close')).catch(() => undefined);
      if ((await late.closed).length > 0) return false;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') return true;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/**
 * Opens three connections to a started server — one idle keep-alive, one new and one kept-alive
 * both half-way through their request headers, read by the server — then calls `signal`, and
 * finishes those requests once the server has stopped accepting. Returns what each received.
 */
async function stopWithRequestsInFlight(server: Started, signal: () => void): Promise<AcrossStop> {
  const port = Number(new URL(server.url ?? '').port);
  // The pages are replayed from memory once captured: wait, so the page below takes that path.
  await waitFor(server.output, /pages en mémoire/u);
  const idle = await connectRaw(port);
  await idle.write(rawGet('/records'));
  await idle.responses(1);
  const fresh = await connectRaw(port);
  await fresh.write(`GET /records/${SLUG} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
  const kept = await connectRaw(port);
  await kept.write(rawGet(`/api/records/${SLUG}`));
  await kept.responses(1);
  await kept.write('GET /recherche?q=Iran HTTP/1.1\r\nHo');
  for (const connection of [fresh, kept]) await readByServer(port, connection.localPort);

  const began = performance.now();
  signal();
  const idleReceived = await idle.closed;
  const idleClosedMs = performance.now() - began;
  const refused = await refusesNewConnections(port);
  // A write fails only when the server has already cut the connection: the checks below say so.
  await fresh.write('Accept: text/html\r\n\r\n').catch(() => undefined);
  await kept.write('st: 127.0.0.1\r\n\r\n').catch(() => undefined);
  return { idle: parseResponses(idleReceived), idleClosedMs, refused, fresh: parseResponses(await fresh.closed), kept: parseResponses(await kept.closed) };
}

/** Checks how the server exited and what the connections of stopWithRequestsInFlight received. */
function assertAnsweredAcrossStop(result: AcrossStop, output: string, code: number | null): void {
  assert.doesNotMatch(output, /ERR_HTTP_HEADERS_SENT/u);
  assert.equal(code, 0, output);
  assert.equal(result.idle.length, 1, 'the idle keep-alive connection is closed without another answer');
  assert.ok(result.idleClosedMs < 3_000, `the idle connection closed after ${Math.round(result.idleClosedMs)} ms`);
  assert.ok(result.refused, 'a new connection is refused');
  const [page] = result.fresh;
  assert.equal(result.fresh.length, 1, output);
  assert.deepEqual([page?.status, page?.headers['connection']], [200, 'close']);
  assert.match(page?.body ?? '', /<html lang="fr">[\s\S]*<\/html>\s*$/u);
  const [api, search] = result.kept;
  assert.equal(result.kept.length, 2, output);
  assert.equal(JSON.parse(api?.body ?? '{}').slug, SLUG);
  assert.deepEqual([search?.status, search?.headers['connection']], [200, 'close']);
  assert.match(search?.body ?? '', /<\/html>\s*$/u);
}

/** Whether a process still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('server signals', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`answers every request open at ${signal}, even half-way through its headers, then exits 0 (node directly)`, NEEDS_QUEUES, async () => {
      const server = await start(ENV);
      try {
        assert.ok(server.url, server.output());
        const result = await stopWithRequestsInFlight(server, () => server.child.kill(signal));
        assertAnsweredAcrossStop(result, server.output(), await server.exited);
        assert.match(server.output(), /arrêt : toutes les requêtes terminées/u);
      } finally {
        server.stop();
      }
    });
  }

  const npmStops = [
    { how: 'SIGTERM sent to npm reaches the server', send: (npm: Started) => npm.child.kill('SIGTERM') },
    // A terminal sends SIGINT to its whole foreground process group: npm forwards it once more.
    { how: 'a Ctrl-C reaches the server twice (terminal and npm)', send: (npm: Started) => process.kill(-(npm.child.pid ?? 0), 'SIGINT') },
  ];
  for (const { how, send } of npmStops) {
    it(`stops through npm start: ${how}, which answers the requests in flight and exits`, NEEDS_QUEUES, async () => {
      const npm = await startNpm(ENV);
      const serverPid = Number(logLines(npm.output()).find((line) => typeof line['pid'] === 'number')?.['pid']);
      try {
        assert.ok(npm.url, npm.output());
        const result = await stopWithRequestsInFlight(npm, () => send(npm));
        const code = await npm.exited;
        assert.equal(alive(serverPid), false, `the server (pid ${serverPid}) outlived npm`);
        assertAnsweredAcrossStop(result, npm.output(), code);
        await assert.rejects(fetch(npm.url), 'nothing listens any more');
      } finally {
        npm.stop();
        if (serverPid > 0 && alive(serverPid)) process.kill(serverPid, 'SIGKILL');
      }
    });
  }

  const stdoutCuts = [
    // About 400 bytes a request line: 600 KB, far more than the pipe and the paused stream hold.
    { how: 'nobody reads its standard output any more (a full pipe)', cut: (stdout: Readable) => stdout.pause(), requests: 1_500 },
    { how: 'its standard output was closed before the signal', cut: (stdout: Readable) => stdout.destroy(), requests: 20 },
  ];
  for (const { how, cut, requests } of stdoutCuts) {
    it(`exits 0 on SIGTERM when ${how}`, async () => {
      const server = await start(ENV);
      try {
        assert.ok(server.url, server.output());
        cut(server.child.stdout);
        const { send, close } = client(Number(new URL(server.url).port));
        for (let i = 0; i < requests; i++) assert.equal((await send(`/records?${'x'.repeat(300)}${i}`)).status, 200);
        await close();
        const { code, ms } = await server.signal('SIGTERM');
        assert.equal(code, 0, `exit code ${code} after ${Math.round(ms)} ms (null: still running, killed)`);
        assert.ok(ms < 6_000, `exit took ${Math.round(ms)} ms`);
      } finally {
        server.stop();
      }
    });
  }

  it('does not open the inspector on SIGUSR1, and keeps serving', async () => {
    const server = await start(ENV);
    try {
      assert.ok(server.url, server.output());
      server.child.kill('SIGUSR1');
      await waitFor(server.output, /SIGUSR1 ignoré|Debugger listening|inspector/u);
      assert.doesNotMatch(server.output(), /Debugger listening|inspector/u);
      assert.equal((await fetch(server.url)).status, 200);
      assert.equal((await server.signal('SIGTERM')).code, 0);
    } finally {
      server.stop();
    }
  });
});
