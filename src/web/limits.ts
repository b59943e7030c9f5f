/** The HTTP server with limits, so that a slow or idle client cannot hold a connection. */
import { createServer, type RequestListener, type Server } from 'node:http';

export interface Limits {
  /** Time for a client to send a request's headers. */
  readonly headersTimeout: number;
  /** Time for a client to send a whole request. */
  readonly requestTimeout: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveTimeout: number;
  /** How often Node looks for connections past those times (its default is 30 s). */
  readonly checkInterval: number;
}

export const LIMITS: Limits = { headersTimeout: 5_000, requestTimeout: 10_000, keepAliveTimeout: 5_000, checkInterval: 1_000 };

/** node:http's server for `listener`, with `limits` applied. */
export function createLimitedServer(listener: RequestListener, limits: Limits = LIMITS): Server {
  const server = createServer({ connectionsCheckingInterval: limits.checkInterval }, listener);
  server.headersTimeout = limits.headersTimeout;
  server.requestTimeout = limits.requestTimeout;
  server.keepAliveTimeout = limits.keepAliveTimeout;
  return server;
}
