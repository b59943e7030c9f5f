import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { Agent, request, type RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { BatchedLines, createLogger, duration, flushLogs, logRequests } from '../src/log.js';
import { ROOT, SEEDS_DIR, listen } from './helpers.js';

/** A destination keeping the lines pino writes. */
function memory(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { text += chunk.toString(); done(); } });
  return { stream, lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** A file in a fresh folder, its descriptor open for writing, and a reader of its lines. */
function logFile(): { fd: number; file: string; lines: () => string[] } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'log-')), 'out.log');
  return { fd: openSync(file, 'w'), file, lines: () => readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls a logging listener, straight, for a GET its inner listener ends at once (as the replay does). */
function answer(listener: RequestListener, url: string): void {
  const res = { statusCode: 200, writableEnded: false, end() { res.writableEnded = true; } };
  listener({ method: 'GET', url } as never, res as never);
}

/** Logs a request to /avant, flushes the logs for a stop, then logs one to /apres. */
async function requestsAcrossStop(logger: ReturnType<typeof createLogger>): Promise<void> {
  const listener = logRequests(logger, (_req, res) => res.end());
  answer(listener, '/avant');
  assert.equal(await flushLogs(logger, 5_000), 'flushed');
  answer(listener, '/apres');
}

describe('log', () => {
  it('writes one JSON line per request: method, path, status, time', async () => {
    const out = memory();
    const logger = createLogger('info', out.stream);
    const server = await listen(logRequests(logger, (req, res) => {
      res.statusCode = req.url === '/absent' ? 404 : 200;
      res.end('corps de la page');
    }));
    try {
      await server.send('/page?q=1');
      await server.send('/absent', {}, 'HEAD');
      await server.send(`/${'x'.repeat(1000)}`);
    } finally {
      await server.close();
    }
    const lines = out.lines();
    assert.deepEqual(lines.map(({ method, path, status }) => [method, String(path).slice(0, 12), status]), [
      ['GET', '/page?q=1', 200], ['HEAD', '/absent', 404], ['GET', '/xxxxxxxxxxx', 200],
    ]);
    for (const line of lines) {
      assert.equal(line['level'], 30);
      assert.equal(typeof line['ms'], 'number');
      assert.equal(typeof line['time'], 'number');
      assert.ok(Math.abs(Number(line['time']) - Date.now()) < 60_000, 'time is epoch milliseconds');
    }
    assert.ok(String(lines[2]?.['path']).length <= 300, 'long paths are cut');
    assert.doesNotMatch(JSON.stringify(lines), /corps de la page/u, 'bodies are never logged');
  });

  it('keeps every path intact in valid JSON, quotes, backslashes, control and non-ASCII characters included', async () => {
    const out = memory();
    const paths = ['/a"b', '/a\\b', '/tab\there', '/nul\u0000', '/é', '/%22%5C', '/\u{1F600}', '/\ud800'];
    const listener = logRequests(createLogger('info', out.stream), (_req, res) => res.end());
    // Straight to the listener: an HTTP client would refuse to send most of these.
    for (const url of paths) answer(listener, url);
    assert.deepEqual(out.lines().map((line) => line['path']), paths);
  });

  it('logs a response finished later once it is done, and one the client left with "aborted"', async () => {
    const out = memory();
    const server = await listen(logRequests(createLogger('info', out.stream), (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('début');
      if (req.url === '/lent') setTimeout(() => res.end(' fin'), 30);
      // /abandon never ends: the client goes away.
    }));
    try {
      assert.equal((await server.send('/lent')).body.toString(), 'début fin');
      const req = request({ host: '127.0.0.1', port: server.port, path: '/abandon' }, (res) => res.once('data', () => req.destroy()));
      req.on('error', () => undefined).end();
      for (let i = 0; i < 100 && out.lines().length < 2; i++) await sleep(10);
    } finally {
      await server.close();
    }
    const lines = out.lines();
    assert.deepEqual(lines.map(({ path: p, status, aborted }) => [p, status, aborted]), [['/lent', 200, undefined], ['/abandon', 200, true]]);
    assert.ok(Number(lines[0]?.['ms']) >= 25, `the time runs until the end: ${String(lines[0]?.['ms'])}`);
  });

  it('logs nothing per request above info, and costs nothing then', () => {
    const out = memory();
    const listener = () => undefined;
    assert.equal(logRequests(createLogger('warn', out.stream), listener), listener);
    assert.equal(logRequests(createLogger('silent', out.stream), listener), listener);
  });

  it('flushes what is buffered before a stop, then logs nothing more', async () => {
    const out = memory();
    const logger = createLogger('info', out.stream);
    logger.info('dernière ligne');
    assert.equal(await flushLogs(logger, 5_000), 'flushed');
    logger.info('après la fin');
    assert.deepEqual(out.lines().map((line) => line['msg']), ['dernière ligne']);
  });

  it('logs no request once the logs are flushed for a stop, whatever the destination', async () => {
    const out = memory();
    await requestsAcrossStop(createLogger('info', out.stream));
    assert.deepEqual(out.lines().map((line) => line['path']), ['/avant']);
  });

  it('gives up flushing after its deadline when the destination takes nothing', async () => {
    // A destination that never finishes a write, as stdout does when nobody reads the pipe.
    const stuck = new Writable({ write: () => undefined });
    const logger = createLogger('info', stuck);
    logger.info('ligne en attente');
    const began = performance.now();
    assert.equal(await flushLogs(logger, 200), 'dropped');
    assert.ok(performance.now() - began < 2_000);
  });
});

describe('duration', () => {
  it('writes a duration as JSON writes it rounded to the hundredth, from the table and beyond it', () => {
    const samples = [0, 0.004, 0.005, 0.04, 0.126, 1, 1.5, 9.994, 9.995, 9.999, 10, 12.345, 1234.5678];
    for (let i = 0; i < 3000; i++) samples.push(i / 137);
    for (const ms of samples) {
      assert.equal(duration(ms), JSON.stringify(Math.round(ms * 100) / 100), `${ms} ms`);
      assert.equal(duration(ms), JSON.stringify(Math.round(ms * 100) / 100), `${ms} ms, from the table`);
    }
  });
});

describe('BatchedLines', () => {
  it('holds request lines for one write, writes pino lines at once, in order, and flushes on demand', async () => {
    const log = logFile();
    const batched = new BatchedLines(log.fd, { minLength: 1_000, maxDelayMs: 60_000 });
    batched.append('{"n":1}\n');
    batched.append('{"n":2}\n');
    await sleep(20);
    assert.deepEqual(log.lines(), [], 'below minLength, request lines wait');
    batched.write('{"msg":"démarrage"}\n');
    batched.append('{"n":3}\n');
    await new Promise<void>((resolve, reject) => batched.flush((error) => (error ? reject(error) : resolve())));
    assert.deepEqual(log.lines(), ['{"n":1}', '{"n":2}', '{"msg":"démarrage"}', '{"n":3}']);
    closeSync(log.fd);
  });

  it('writes a batch once minLength is reached, and what is left after maxDelayMs', async () => {
    const log = logFile();
    const batched = new BatchedLines(log.fd, { minLength: 50, maxDelayMs: 40 });
    for (let n = 0; n < 10; n++) batched.append(`{"n":${n}}\n`);
    await sleep(15);
    const early = log.lines().length;
    assert.ok(early >= 6 && early < 10, `a batch of at least 50 characters went out, the rest waits: ${early}`);
    await sleep(100);
    assert.equal(log.lines().length, 10);
    closeSync(log.fd);
  });

  it('is ended by flushLogs: what is pending is written, then nothing more; destroyed, it drops the rest', async () => {
    const log = logFile();
    const batched = new BatchedLines(log.fd, { minLength: 1_000_000, maxDelayMs: 60_000 });
    await requestsAcrossStop(createLogger('info', batched));
    batched.flush();
    await sleep(20);
    assert.deepEqual(log.lines().map((line) => JSON.parse(line).path), ['/avant']);
    const dropped = new BatchedLines(log.fd, { minLength: 1_000_000, maxDelayMs: 60_000 });
    dropped.append('{"perdue":true}\n');
    dropped.destroy();
    dropped.flushSync();
    assert.equal(log.lines().length, 1, 'a destroyed destination writes nothing, not even on exit');
    closeSync(log.fd);
  });

  it('writes what is still pending when the process exits', async () => {
    const log = logFile();
    const script = `import { BatchedLines } from ${JSON.stringify(path.join(ROOT, 'src', 'log.ts'))};
      const lines = new BatchedLines(1, { minLength: 1_000_000, maxDelayMs: 60_000 });
      for (let n = 0; n < 3; n++) lines.append('{"n":' + n + '}\\n');
      process.exit(0);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', log.fd, 'inherit'] });
    assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 0);
    assert.deepEqual(log.lines(), ['{"n":0}', '{"n":1}', '{"n":2}']);
    closeSync(log.fd);
  });
});

describe('request logging in the server', () => {
  it('logs every request of a burst of 500, and flushes every line on SIGTERM', { timeout: 60_000 }, async () => {
    const log = logFile();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'server.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEEDS_DIR, LOG_LEVEL: 'info' },
      stdio: ['ignore', log.fd, 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const slug = '000_40d93fe09706aa0e';
    const paths = [`/records/${slug}/themes`, `/records/${slug}`, '/nulle/part', '/recherche?q=iran', '/api/records', `/records/${slug}/`];
    const sent = Array.from({ length: 500 }, (_, i) => paths[i % paths.length]!);
    try {
      // Every page captured, so that the burst has replayed pages and pages Express answers.
      for (let i = 0; i < 600 && !log.lines().some((l) => l.includes('pages en mémoire')); i++) await sleep(25);
      const port = Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)"/u.exec(readFileSync(log.file, 'utf8'))?.[1]);
      assert.ok(port, readFileSync(log.file, 'utf8'));
      const agent = new Agent({ keepAlive: true, maxSockets: 50 });
      const get = (urlPath: string) => new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: urlPath, agent }, (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0))).on('error', reject).end();
      });
      const statuses = await Promise.all(sent.map(get));
      agent.destroy();
      assert.deepEqual([...new Set(statuses)].sort(), [200, 301, 404]);
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      child.kill();
      closeSync(log.fd);
    }
    const requests = log.lines().map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => 'method' in line);
    assert.equal(requests.length, 500, 'one line per request, none lost on the stop');
    for (const line of requests) {
      assert.equal(line['level'], 30);
      assert.equal(typeof line['time'], 'number');
      assert.equal(line['method'], 'GET');
      assert.equal(typeof line['status'], 'number');
      assert.equal(typeof line['ms'], 'number');
    }
    assert.deepEqual(requests.map((line) => String(line['path'])).sort(), [...sent].sort(), 'each path as often as it was asked for');
  });
});
