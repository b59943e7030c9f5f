import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { LIMITS, createLimitedServer } from '../../src/web/limits.js';

/** A client trickling a request one byte at a time; resolves with what the server sent and when it hung up. */
function trickle(port: number, everyMs: number): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const request = 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(10_000);
    let i = 0;
    let answer = '';
    const timer = setInterval(() => socket.write(request[i++ % request.length]!), everyMs);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, ms: performance.now() - started });
    });
    socket.on('error', () => undefined);
  });
}

describe('limits', () => {
  it('keeps the production limits: headers in 5 s, the request in 10 s, checked every second', () => {
    assert.deepEqual(LIMITS, { headersTimeout: 5_000, requestTimeout: 10_000, keepAliveTimeout: 5_000, checkInterval: 1_000 });
    const server = createLimitedServer(() => undefined);
    assert.equal(server.headersTimeout, 5_000);
    assert.equal(server.requestTimeout, 10_000);
  });

  it('hangs up on a client that sends its headers too slowly (slowloris)', async () => {
    const server = createLimitedServer((_req, res) => res.end('ok'), { headersTimeout: 300, requestTimeout: 600, keepAliveTimeout: 300, checkInterval: 100 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { answer, ms } = await trickle((server.address() as AddressInfo).port, 20);
      assert.match(answer, /^HTTP\/1\.1 408/u, 'Request Timeout');
      assert.ok(ms < 2_000, `held ${Math.round(ms)} ms`);
    } finally {
      server.close();
    }
  });
});
