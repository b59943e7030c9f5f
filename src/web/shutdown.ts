/** Stopping on SIGTERM/SIGINT without cutting a request: stop accepting, finish, close. */
import type { Server } from 'node:http';

/**
 * Stops accepting connections and closes the idle keep-alive ones at once; every other
 * connection open now — one still sending its request headers included — gets its whole answer,
 * with `Connection: close`, and is closed after it. Resolves once the server is closed, or after
 * `timeoutMs`, cutting what is left ('forced').
 *
 * "Idle" is Node's own reckoning (`closeIdleConnections`): on Node 20 a connection counts as busy
 * from its first byte of a request, and a new one from its accept, until its response ends. A
 * keep-alive connection whose next request has not reached the server yet is closed as idle:
 * HTTP clients retry a GET or HEAD (all this server answers) on a reused connection closed so.
 */
export function closeGracefully(server: Server, timeoutMs = 5_000): Promise<'closed' | 'forced'> {
  return new Promise((resolve) => {
    // Before the server's own listener: the replay (replay.ts) sends its head at once, and a
    // header cannot be set after that. A response begun before the stop keeps its keep-alive
    // head, and its connection is closed once it falls idle, below.
    server.prependListener('request', (_req, res) => res.setHeader('Connection', 'close'));
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const timer = setTimeout(() => {
      clearInterval(idle);
      server.closeAllConnections();
      resolve('forced');
    }, timeoutMs);
    // close() also closes the connections idle now (Node 19 and later).
    server.close(() => {
      clearInterval(idle);
      clearTimeout(timer);
      resolve('closed');
    });
  });
}
