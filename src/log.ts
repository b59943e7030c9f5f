/**
 * Structured logs: pino for the server's own messages, and one JSON line per request (level,
 * time, method, path, status, ms), built in one go and written in batches, so that logging costs
 * the replayed pages little (docs/benchmarks.md measures it). Never a seed's text.
 */
import { EventEmitter } from 'node:events';
import { write as writeFd, writeSync } from 'node:fs';
import type { RequestListener, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

/** The longest request target logged: a scanner's 8 KB path is not worth keeping whole. */
const MAX_LOGGED_PATH = 300;

export interface BatchedLinesOptions {
  /** Request lines wait until this many characters are pending (one write per ~250 requests). */
  readonly minLength?: number;
  /** …or this long after the first of them, so a quiet server's log stays current. */
  readonly maxDelayMs?: number;
}

/**
 * Lines written to a file descriptor with one `write` for many of them, off the main thread
 * (libuv's pool). pino's lines go out at once; request lines are batched (`append`). `flush`
 * writes everything and calls back once it is written; `end` does too, then emits 'close', and
 * takes no more lines (what flushLogs waits for); `destroy` drops what is left. On exit, whatever
 * is left is written synchronously. A write that fails (EPIPE: stdout closed) stops the logging.
 */
export class BatchedLines extends EventEmitter implements pino.DestinationStream {
  readonly #fd: number;
  readonly #minLength: number;
  readonly #maxDelayMs: number;
  #pending: string[] = [];
  #size = 0;
  /** What is handed to the pool and not yet written; null when no write is in flight. */
  #writing: string | Buffer | null = null;
  #urgent = false;
  #timer: NodeJS.Timeout | undefined;
  #waiting: ((error?: Error) => void)[] = [];
  #failed: Error | undefined;
  #ended = false;
  #destroyed = false;

  constructor(fd = 1, { minLength = 32_768, maxDelayMs = 100 }: BatchedLinesOptions = {}) {
    super();
    this.#fd = fd;
    this.#minLength = minLength;
    this.#maxDelayMs = maxDelayMs;
    process.once('exit', () => this.flushSync());
  }

  /** A line from pino (start-up, warnings, errors): written now, or right after the write in flight. */
  write(line: string): boolean {
    this.#add(line);
    this.#urgent = true;
    this.#writeOut();
    return true;
  }

  /** A request line: written with the next batch. */
  append(line: string): void {
    this.#add(line);
    if (this.#size >= this.#minLength) this.#writeOut();
    else this.#timer ??= setTimeout(() => this.flush(), this.#maxDelayMs).unref();
  }

  /** Writes everything pending; `done` is called once it is all written (with the error if not). */
  flush(done?: (error?: Error) => void): void {
    if (done) this.#waiting.push(done);
    this.#urgent = true;
    this.#writeOut();
  }

  /** Writes everything pending, then emits 'close'; lines that come later are dropped. The descriptor stays open. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.flush(() => this.emit('close'));
  }

  /** Drops what is pending and writes nothing more, not even on exit: for a stop that gave up waiting. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#ended = true;
    this.#take();
    for (const done of this.#waiting.splice(0)) done(new Error('journal abandonné'));
    this.emit('close');
  }

  /**
   * Writes everything pending now, blocking: for the process's exit, when no callback will run.
   * A write in flight is left to the pool (a file's write completes). A full pipe is retried for
   * about a second, then given up.
   */
  flushSync(): void {
    if (this.#destroyed) return;
    const chunk = Buffer.from(this.#take());
    for (let offset = 0, tries = 0; offset < chunk.length && !this.#failed;) {
      try {
        offset += writeSync(this.#fd, chunk, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || ++tries > 100) this.#failed = error as Error;
        else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
  }

  #add(line: string): void {
    if (this.#failed || this.#ended) return;
    this.#pending.push(line);
    this.#size += line.length;
  }

  #take(): string {
    const text = this.#pending.join('');
    this.#pending = [];
    this.#size = 0;
    this.#urgent = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    return text;
  }

  #writeOut(): void {
    if (this.#writing) return;
    if (this.#failed || this.#size === 0) {
      for (const done of this.#waiting.splice(0)) done(this.#failed);
      return;
    }
    this.#send(this.#take());
  }

  /** One write of `chunk`: a batch as one string (encoded once, by the write), or what a short write left. */
  #send(chunk: string | Buffer): void {
    this.#writing = chunk;
    const done = (error: NodeJS.ErrnoException | null, written: number): void => {
      if (this.#destroyed) return;
      if (error?.code === 'EAGAIN') {
        setTimeout(() => this.#send(chunk), 10).unref();
        return;
      }
      this.#writing = null;
      if (error) {
        this.#failed = error;
        this.#pending = [];
        this.#size = 0;
      } else if (written < Buffer.byteLength(chunk)) {
        this.#send((typeof chunk === 'string' ? Buffer.from(chunk) : chunk).subarray(written));
        return;
      }
      if (this.#urgent || this.#size >= this.#minLength || this.#waiting.length) this.#writeOut();
    };
    if (typeof chunk === 'string') writeFd(this.#fd, chunk, null, 'utf8', done);
    else writeFd(this.#fd, chunk, 0, chunk.length, null, done);
  }
}

/** A logger writing JSON lines to `destination` (stdout, batched, by default). */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = new BatchedLines(1)): Logger {
  return pino({ level, base: { pid: process.pid } }, destination);
}

/** Characters JSON.stringify escapes (quote, backslash, controls) or checks (surrogates): then let it. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal, without JSON.stringify's cost for the plain ASCII of nearly every path. */
const quote = (text: string): string => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`);

/**
 * Epoch milliseconds, as the line's text, from a `performance.now()` reading: one clock read per
 * request serves both the time and the duration, and the text is made once per millisecond (a
 * busy server answers dozens of requests in each). The offset to the wall clock is read again each
 * second, so a clock that is set (NTP, a resumed VM) shows in the log within a second.
 */
function wallClock(): (now: number) => string {
  let offset = Date.now() - performance.now();
  let checked = performance.now();
  let lastMs = -1;
  let lastText = '';
  return (now) => {
    if (now - checked > 1_000) {
      offset = Date.now() - now;
      checked = now;
    }
    const ms = Math.round(offset + now);
    if (ms !== lastMs) {
      lastMs = ms;
      lastText = String(ms);
    }
    return lastText;
  };
}

/** Texts of the durations under 10 ms, in hundredths: nearly every response's, made once each. */
const SHORT_DURATIONS: string[] = [];

/** A duration in ms, rounded to the hundredth, as JSON writes the number (0.04, 1.5, 12). */
export function duration(ms: number): string {
  const hundredths = Math.round(ms * 100);
  if (hundredths >= 1_000 || hundredths < 0) return String(hundredths / 100);
  return (SHORT_DURATIONS[hundredths] ??= String(hundredths / 100));
}

/**
 * Wraps a listener to log each request in one line, the same fields as pino would write:
 * `{"level":30,"time":…,"method":"GET","path":"/x","status":200,"ms":0.04}`. A response the
 * listener ended at once (every replayed page) is logged then; any other once it is done, or
 * with `"aborted":true` if the client left first. Returns the listener itself above `info`.
 */
export function logRequests(logger: Logger, listener: RequestListener): RequestListener {
  if (!logger.isLevelEnabled('info')) return listener;
  const stream = (logger as unknown as Record<symbol, pino.DestinationStream>)[pino.symbols.streamSym]!;
  // BatchedLines takes nothing once ended (flushLogs); another destination is asked through pino's level.
  const emit = stream instanceof BatchedLines ? (line: string) => stream.append(line) : (line: string) => void (logger.isLevelEnabled('info') && stream.write(line));
  const start = `{"level":${logger.levels.values['info']},"time":`;
  const epochMs = wallClock();
  // Node's parser only lets through the methods of http.METHODS: letters and '-', nothing to escape.
  const line = (method: string | undefined, url: string | undefined, res: ServerResponse, started: number, aborted: string): string => {
    const now = performance.now();
    const path = url === undefined ? '' : url.length > MAX_LOGGED_PATH ? url.slice(0, MAX_LOGGED_PATH) : url;
    return `${start}${epochMs(now)},"method":"${method}","path":${quote(path)},"status":${res.statusCode},"ms":${duration(now - started)}${aborted}}\n`;
  };
  return (req, res) => {
    const started = performance.now();
    listener(req, res);
    if (res.writableEnded) {
      emit(line(req.method, req.url, res, started, ''));
      return;
    }
    res.once('close', () => emit(line(req.method, req.url, res, started, res.writableFinished ? '' : ',"aborted":true')));
  };
}

/** What a destination offers for its last write: BatchedLines, sonic-boom and Node streams alike. */
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
