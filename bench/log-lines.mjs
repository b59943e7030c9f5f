// What one request line costs, away from HTTP: CPU per line (every thread of the process, the
// pool's writes included) for the logging as it was (pino through sonic-boom), with pino's own
// buffering options, and as it is (src/log.ts: the line built in one go, BatchedLines). Each in a
// fresh process on core 1, writing a million lines to a temp file, whose lines are then counted.
// usage: node bench/log-lines.mjs   (needs dist/: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LINES = 1_000_000;
const VARIANTS = {
  'pino, sonic-boom asynchrone (avant)': 'pino-async',
  'pino, sonic-boom minLength 4096': 'pino-buffered',
  'pino, destination qui jette tout (le formatage seul)': 'pino-format',
  'ligne d’un bloc + BatchedLines (maintenant)': 'batched',
};

if (process.argv[2]) {
  // One variant, in this process.
  const [variant, file] = process.argv.slice(2);
  const { default: pino } = await import('pino');
  const { BatchedLines, createLogger, logRequests } = await import('../dist/log.js');
  const { openSync } = await import('node:fs');
  const req = { method: 'GET', url: '/records/000_40d93fe09706aa0e/themes' };
  let log;
  let done;
  if (variant === 'batched') {
    const lines = new BatchedLines(openSync(file, 'w'));
    const listener = logRequests(createLogger('info', lines), (_req, res) => res.end());
    // One response object, ended again each time: what is measured is the logging.
    const res = { statusCode: 200, writableEnded: false, end() { res.writableEnded = true; } };
    log = () => {
      res.writableEnded = false;
      listener(req, res);
    };
    done = (cb) => lines.flush(cb);
  } else {
    const destination = variant === 'pino-format' ? { write() {} }
      : pino.destination({ dest: file, sync: false, ...(variant === 'pino-buffered' ? { minLength: 4096 } : {}) });
    const logger = pino({ level: 'info', base: { pid: process.pid } }, destination);
    // The hook as it was, without its 'close' listener: two clock reads and the call.
    log = () => {
      const started = performance.now();
      logger.info({ method: req.method, path: req.url.slice(0, 300), status: 200, ms: Math.round((performance.now() - started) * 100) / 100 });
    };
    if (variant !== 'pino-format') await new Promise((resolve) => destination.once('ready', resolve));
    done = (cb) => logger.flush(cb);
  }
  const before = process.cpuUsage();
  let i = 0;
  // In slices, yielding to the event loop as a server does between requests.
  await new Promise((resolve) => {
    const slice = () => {
      for (let k = 0; k < 64 && i < LINES; k++, i++) log();
      if (i < LINES) setImmediate(slice);
      else resolve();
    };
    slice();
  });
  await new Promise((resolve) => done(resolve));
  const { user, system } = process.cpuUsage(before);
  console.log(JSON.stringify({ ns: ((user + system) * 1000) / LINES }));
  process.exit(0);
}

const pin = spawnSync('taskset', ['-c', '1', 'true']).status === 0 ? ['taskset', '-c', '1'] : [];
const dir = mkdtempSync(path.join(tmpdir(), 'log-lines-'));
console.log(`${LINES.toLocaleString('fr-FR')} lignes par variante, trois processus chacune, médiane du temps CPU par ligne`);
try {
  for (const [label, variant] of Object.entries(VARIANTS)) {
    const costs = [];
    let written = 0;
    for (let run = 0; run < 3; run++) {
      const file = path.join(dir, `${variant}-${run}.log`);
      const [command, ...args] = [...pin, process.execPath, import.meta.filename, variant, file];
      const child = spawnSync(command, args, { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`${variant}: ${child.stderr}`);
      costs.push(JSON.parse(child.stdout).ns);
      written = variant === 'pino-format' ? LINES : readFileSync(file, 'utf8').split('\n').length - 1;
      rmSync(file, { force: true });
    }
    const median = costs.sort((a, b) => a - b)[1];
    console.log(`${label.padEnd(52)} ${median.toFixed(0).padStart(6)} ns/ligne (${costs.map((c) => c.toFixed(0)).join(', ')}) ; ${written === LINES ? 'toutes les lignes écrites' : `${written} lignes écrites sur ${LINES}`}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
