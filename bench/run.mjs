// npm run bench: measures the compiled viewer against a bare node:http server replaying the same
// bytes (the ceiling) and a naive Express + EJS render-per-request route, all on 127.0.0.1, with
// the servers on one core (taskset) and autocannon in this process. Prints what it measured.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { generateRecords } from './generate.mjs';
import { rssOf } from './proc.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What `npm start` runs: the server bundle. */
const SERVER = 'dist/bundle/server.mjs';
const DURATION = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 32;
const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '1'] : [];
// autocannon (this process) on core 0, or the scheduler may put it on the servers' core now and
// then and charge its work to whichever server is being measured.
if (pin.length && process.env.BENCH_ON_CORE_0 !== '1') {
  const self = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, BENCH_ON_CORE_0: '1' } });
  process.exit(self.status ?? 1);
}
const children = new Set();
process.on('exit', () => children.forEach((c) => c.kill()));

/**
 * Starts `node args…` on the server core, its output going to a file (the viewer logs every
 * request: a file, as in production, costs the measuring process nothing); resolves once the
 * output holds `marker`, with the ms it took and the server's memory then.
 */
function start(args, env, marker) {
  const began = process.hrtime.bigint();
  const [cmd, ...rest] = pin.length ? [...pin, process.execPath, ...args] : [process.execPath, ...args];
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'bench-log-')), 'out.log');
  const child = spawn(cmd, rest, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', openSync(log, 'w'), 'inherit'] });
  children.add(child);
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (!readFileSync(log, 'utf8').includes(marker)) return;
      clearInterval(poll);
      resolve({ child, ms: Number(process.hrtime.bigint() - began) / 1e6, rss: rssOf(child.pid) });
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`${args.join(' ')} exited ${code}: ${readFileSync(log, 'utf8').slice(-2000)}`));
    });
  });
}

/** Milliseconds from spawn to the first 200 on `url`, polling every 2 ms. */
async function timeToFirst200(args, env, url) {
  const began = process.hrtime.bigint();
  const [cmd, ...rest] = pin.length ? [...pin, process.execPath, ...args] : [process.execPath, ...args];
  const child = spawn(cmd, rest, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.add(child);
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status === 200) break;
    } catch {
      await new Promise((r) => setTimeout(r, 2));
    }
  }
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  const rss = rssOf(child.pid);
  child.kill();
  await new Promise((r) => child.once('exit', r));
  children.delete(child);
  return { ms, rss };
}

async function load(url, encoding) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { 'accept-encoding': encoding } });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const fmt = (n, d = 0) => n.toLocaleString('fr-FR', { maximumFractionDigits: d, minimumFractionDigits: d });

spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
console.log(`Machine: ${(await import('node:os')).cpus()[0]?.model}, ${(await import('node:os')).cpus().length} cœurs, Node ${process.version}`);
console.log(`Serveurs sur le cœur 1${pin.length ? '' : ' (taskset absent : non épinglés)'}, autocannon ${CONNECTIONS} connexions, ${DURATION} s par mesure, médiane de 3 tours alternés\n`);

const viewer = await start([SERVER], { PORT: '4101', HOST: '127.0.0.1' }, 'pages en mémoire');
const index = await (await fetch('http://127.0.0.1:4101/api/records')).json();
const section = `/records/${index.records[0].slug}/themes`;
await fetch(`http://127.0.0.1:4101${section}`, { headers: { 'accept-encoding': 'br' } }); // the first br request starts its variant
await new Promise((r) => setTimeout(r, 200));
await start(['bench/ceiling.mjs', '4102', `http://127.0.0.1:4101${section}`], {}, 'ready');
await start(['bench/naive.mjs', '4103'], {}, 'ready');

// Three rounds, the servers in turn, and the median of each: this shared machine drifts by
// ±15 % over a minute, and interleaving spreads the drift over all three alike.
const ROUNDS = 3;
const rows = [];
for (const encoding of ['identity', 'br']) {
  const runs = { ceiling: [], ours: [], naive: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.ceiling.push(await load(`http://127.0.0.1:4102${section}`, encoding));
    runs.ours.push(await load(`http://127.0.0.1:4101${section}`, encoding));
    runs.naive.push(await load(`http://127.0.0.1:4103${section}`, encoding));
  }
  const mid = (list) => list.sort((a, b) => a.rps - b.rps)[Math.floor(list.length / 2)];
  rows.push({ encoding, ceiling: mid(runs.ceiling), ours: mid(runs.ours), naive: mid(runs.naive) });
}
console.log(`Page de section ${section}`);
console.log('encodage  | plafond node:http     | visionneuse           | Express + EJS naïf    | visionneuse/plafond | visionneuse/naïf');
for (const { encoding, ceiling, ours, naive } of rows) {
  const cell = (r) => `${fmt(r.rps).padStart(7)} req/s p99 ${String(r.p99).padStart(3)} ms`;
  console.log(`${encoding.padEnd(9)} | ${cell(ceiling)} | ${cell(ours)} | ${cell(naive)} | ${fmt(ours.rps / ceiling.rps, 2).padStart(19)} | ${fmt(ours.rps / naive.rps, 1).padStart(15)}`);
}
viewer.child.kill();
await new Promise((r) => viewer.child.once('exit', r));

// Start-up: the viewer against a bare node:http server, both to their first 200 (median of 5).
const bareScript = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'bare.mjs');
writeFileSync(bareScript, "import { createServer } from 'node:http'; createServer((q, s) => s.end('ok')).listen(4105, '127.0.0.1');\n");
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bares = [];
const firsts = [];
for (let i = 0; i < 5; i++) {
  bares.push((await timeToFirst200([bareScript], {}, 'http://127.0.0.1:4105/')).ms);
  firsts.push((await timeToFirst200([SERVER], { PORT: '4104', HOST: '127.0.0.1' }, 'http://127.0.0.1:4104/')).ms);
}
const bare = median(bares);
const first = median(firsts);
console.log(`\nDémarrage jusqu’au premier 200 (médiane de 5) : visionneuse ${fmt(first)} ms, node:http nu ${fmt(bare)} ms, rapport ${fmt(first / bare, 1)}`);

// Scale: start-up, memory and rate with 1, 100 and 1,000 generated records. The servers then run
// side by side and are loaded in turn, five rounds, the order reversed every other round; each
// round gives each site's rate as a ratio to the 1-record rate of the same round, and the median
// ratio is kept. A second 1-record server is the control: what two identical servers differ by
// in this run is the resolution of the other ratios.
const scale = [];
for (const [i, [label, count]] of [['1', 1], ['1 bis', 1], ['100', 100], ['1000', 1000]].entries()) {
  const dir = mkdtempSync(path.join(tmpdir(), `seeds-${count}-`));
  generateRecords(dir, count);
  const port = 4106 + i;
  const env = { PORT: String(port), HOST: '127.0.0.1', SEEDS_DIR: dir };
  const first = await timeToFirst200([SERVER], env, `http://127.0.0.1:${port}/api/records`);
  const server = await start([SERVER], env, 'pages en mémoire');
  // The same page in every site: generated record i is the same text whatever the count.
  const slug = (await (await fetch(`http://127.0.0.1:${port}/api/records`)).json()).records[0].slug;
  scale.push({ label, first, server, url: `http://127.0.0.1:${port}/records/${slug}/themes`, rates: [] });
}
const SCALE_ROUNDS = 5;
for (let round = 0; round < SCALE_ROUNDS; round++) {
  for (const entry of round % 2 ? [...scale].reverse() : scale) entry.rates.push((await load(entry.url, 'identity')).rps);
}
console.log('\nrecords | premier 200 | toutes les pages en mémoire | RSS au premier 200 | RSS ensuite | section identity | rapport à 1 record (médiane ; par tour)');
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const { label, first, server, rates } of scale) {
  const ratios = rates.map((rps, round) => rps / scale[0].rates[round]);
  console.log(`${label.padStart(7)} | ${fmt(first.ms).padStart(8)} ms | ${fmt(server.ms).padStart(24)} ms | ${fmt(first.rss).padStart(15)} Mo | ${fmt(server.rss).padStart(8)} Mo | ${fmt(middle(rates)).padStart(10)} req/s | ${fmt(middle(ratios), 2)} ; ${ratios.map((r) => fmt(r, 2)).join(' ')}`);
  server.child.kill();
}
process.exit(0);
