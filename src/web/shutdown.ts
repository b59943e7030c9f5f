/** Stopping on SIGTERM/SIGINT without cutting a request: stop accepting, finish, close. */
import type { Server } from 'node:http';

/**
 * Stops accepting connections, lets requests in flight finish, closes keep-alive connections
 * as they fall idle, and resolves once the server is closed — or after `timeoutMs`, cutting
 * what is left ('forced').
 */
export function closeGracefully(server: Server, timeoutMs = 5_000): Promise<'closed' | 'forced'> {
  return new Promise((resolve) => {
    // Responses finished from now on close their connection instead of keeping it alive.
    server.on('request', (_req, res) => res.setHeader('Connection', 'close'));
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const timer = setTimeout(() => {
      clearInterval(idle);
      server.closeAllConnections();
      resolve('forced');
    }, timeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(timer);
      resolve('closed');
    });
    server.closeIdleConnections();
  });
}
