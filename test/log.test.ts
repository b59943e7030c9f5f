import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger, flushLogs, logRequests } from '../src/log.js';
import { listen } from './helpers.js';

/** A destination keeping the lines pino writes. */
function memory(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { text += chunk.toString(); done(); } });
  return { stream, lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
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
      assert.equal(typeof line['ms'], 'number');
      assert.equal(typeof line['time'], 'number');
    }
    assert.ok(String(lines[2]?.['path']).length <= 300, 'long paths are cut');
    assert.doesNotMatch(JSON.stringify(lines), /corps de la page/u, 'bodies are never logged');
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
