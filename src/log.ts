/**
 * Structured logs with pino: one JSON line per request (method, path, status, time), written
 * asynchronously so that logging costs the replayed pages little. Never a seed's text.
 */
import type { RequestListener } from 'node:http';
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

/** The longest request target logged: a scanner's 8 KB path is not worth keeping whole. */
const MAX_LOGGED_PATH = 300;

/** A logger writing JSON lines to `destination` (stdout by default) through an async buffer. */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination({ sync: false })): Logger {
  // Epoch milliseconds: the cheapest timestamp, and what log tools read.
  return pino({ level, base: { pid: process.pid } }, destination);
}

/** Wraps a listener to log each request once its response is done (or the client left). */
export function logRequests(logger: Logger, listener: RequestListener): RequestListener {
  if (!logger.isLevelEnabled('info')) return listener;
  return (req, res) => {
    const started = performance.now();
    res.once('close', () => {
      logger.info({
        method: req.method,
        path: (req.url ?? '').slice(0, MAX_LOGGED_PATH),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 100) / 100,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    listener(req, res);
  };
}

/** What a destination offers for its last write: pino's own (sonic-boom) and Node streams alike. */
interface Ending {
  readonly end?: () => void;
  readonly destroy?: () => void;
  readonly once?: (event: 'close', listener: () => void) => unknown;
}

/**
 * Silences the logger, ends its destination and resolves once what it buffered is written — or
 * after `timeoutMs` when standard output takes nothing (a pipe nobody reads any more), dropping
 * the rest: a stop never waits on its logs longer than that.
 */
export function flushLogs(logger: Logger, timeoutMs: number): Promise<'flushed' | 'dropped'> {
  const stream = (logger as unknown as Record<symbol, Ending | undefined>)[pino.symbols.streamSym];
  logger.level = 'silent'; // nothing may write to a destination that is ending
  return new Promise((resolve) => {
    if (!stream?.end || !stream.once) return resolve('flushed');
    const timer = setTimeout(() => {
      // Destroyed, pino's exit hook skips its synchronous flush, which would wait forever too.
      stream.destroy?.();
      resolve('dropped');
    }, timeoutMs);
    stream.once('close', () => {
      clearTimeout(timer);
      resolve('flushed');
    });
    stream.end();
  });
}
