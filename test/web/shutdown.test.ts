import assert from 'node:assert/strict';
import { createServer, request, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { capturePages, replayHandler } from '../../src/web/replay.js';
import { closeGracefully } from '../../src/web/shutdown.js';
import { CAN_SEE_SOCKET_QUEUES, connectRaw, parseResponses, rawGet, readByServer } from '../helpers.js';

/** GET over a keep-alive connection; resolves with status and the whole body, or the error. */
function get(port: number, path: string): Promise<{ status: number; body: string } | Error> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { connection: 'keep-alive' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', resolve);
    });
    req.on('error', resolve);
    req.end();
  });
}

async function slowServer(delayMs: number): Promise<{ server: Server; port: number }> {
  // A response written in two halves, the second after a delay: a request well in flight.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength('début vite')) });
    res.write('début');
    setTimeout(() => res.end(req.url === '/lent' ? ' fin.' : ' vite'), req.url === '/lent' ? delayMs : 0).unref();
  });
  server.keepAliveTimeout = 60_000; // a keep-alive connection would otherwise hold close() for a minute
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe('graceful shutdown', () => {
  it('finishes a request in flight, refuses new connections, closes idle keep-alive, then resolves', async () => {
    const { server, port } = await slowServer(400);
    // An idle keep-alive connection, left open by a finished request.
    assert.deepEqual(await get(port, '/vite'), { status: 200, body: 'début vite' });
    const inFlight = get(port, '/lent');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    const closing = closeGracefully(server, 5_000);
    const refused = await get(port, '/vite');
    assert.ok(refused instanceof Error && /ECONNREFUSED/u.test(refused.message), `new connection: ${String(refused)}`);
    assert.deepEqual(await inFlight, { status: 200, body: 'début fin.' }, 'the request in flight is not cut');
    assert.equal(await closing, 'closed');
    assert.ok(performance.now() - started < 2_000, 'idle keep-alive connections do not hold the stop');
  });

  it('cuts what is left after the timeout', async () => {
    const { server, port } = await slowServer(10_000);
    const inFlight = get(port, '/lent');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await closeGracefully(server, 300), 'forced');
    assert.ok((await inFlight) instanceof Error);
  });

  it('answers requests whose headers were half sent when the stop began, replayed or not, with Connection: close', { skip: !CAN_SEE_SOCKET_QUEUES && 'needs /proc/net/tcp' }, async () => {
    // The replay sends its head within the request event; the fallback answers later, as Express does.
    const recorded = await capturePages((_req, res) => res.end('page rejouée'), ['/rejouee']);
    const later: RequestListener = (_req, res) => void setTimeout(() => res.end('réponse plus tard'), 50);
    const server = createServer(replayHandler(recorded, later, new Set()));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const idle = await connectRaw(port);
    await idle.write(rawGet('/rejouee'));
    await idle.responses(1);
    const replayed = await connectRaw(port);
    await replayed.write('GET /rejouee HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const kept = await connectRaw(port);
    await kept.write(rawGet('/rejouee'));
    await kept.responses(1);
    await kept.write('GET /ailleurs HTTP/1.1\r\nHo');
    for (const connection of [replayed, kept]) await readByServer(port, connection.localPort);

    const began = performance.now();
    const closing = closeGracefully(server, 5_000);
    assert.equal(parseResponses(await idle.closed).length, 1, 'the idle keep-alive connection is closed');
    assert.ok(performance.now() - began < 1_000, 'at once');
    await replayed.write('\r\n');
    await kept.write('st: 127.0.0.1\r\n\r\n');
    const [page] = parseResponses(await replayed.closed);
    assert.deepEqual([page?.status, page?.headers['connection'], page?.body], [200, 'close', 'page rejouée']);
    const [first, second] = parseResponses(await kept.closed);
    assert.equal(first?.headers['connection'], 'keep-alive');
    assert.deepEqual([second?.status, second?.headers['connection'], second?.body], [200, 'close', 'réponse plus tard']);
    assert.equal(await closing, 'closed');
  });
});
