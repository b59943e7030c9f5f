// npm run bench: the compiled viewer, as `npm start` runs it (one JSON log line per request, to
// a file), against a bare node:http server replaying the same head and body (the ceiling) and
// nginx serving the export of the same site (docs/nginx.conf, buffered access log), in identity
// and in brotli; then start-up, and 1, 100 and 1,000 records. Load from wrk (bench/wrk.mjs)
// pinned to core 0, every server pinned to core 1, 127.0.0.1 only, each run bounded in time.
// The servers are loaded in turn, round after round, the order reversed every other round, each
// round with fresh Node processes, and each ratio is taken within a round, then its median kept:
// this machine is shared, so absolute figures drift between rounds and only ratios measured side
// by side mean something.
// BENCH_SECONDS (3: per server, round and encoding, in one-second slices), BENCH_ROUNDS (9), BENCH_CONNECTIONS (32), BENCH_PORT (4101: uses eleven ports);
// BENCH_SCALE=0 measures the section page only (no start-up, no 1/100/1,000 records).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { generateRecords } from './generate.mjs';
import { ensureNginx, startNginx } from './nginx.mjs';
import { cpuNsOf, rssOf, threadsOf } from './proc.mjs';
import { ensureWrk, summaryScript, wrk } from './wrk.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What `npm start` runs: the server bundle. */
const SERVER = 'dist/bundle/server.mjs';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
if (!Number.isInteger(SECONDS) || SECONDS < 1) throw new Error(`BENCH_SECONDS : un nombre entier de secondes (1 ou plus), pas « ${process.env.BENCH_SECONDS} »`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4101);
const PORT = { viewer: BASE_PORT, ceiling: BASE_PORT + 1, nginx: BASE_PORT + 2, quiet: BASE_PORT + 3, naive: BASE_PORT + 4, bare: BASE_PORT + 5, scale: BASE_PORT + 6, nginxTuned: BASE_PORT + 10 };
/** The canonical origin of the pages, the same for the viewer and the export, so the bytes are. */
const BASE_URL = 'http://localhost:3000';

const pinned = cpus().length >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const SERVER_CORE = pinned ? ['taskset', '-c', '1'] : [];
const LOAD_CORE = pinned ? ['taskset', '-c', '0'] : [];
const children = new Set();
const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
// SIGTERM: nginx's master then stops its worker too (killed outright, the worker stays behind).
// The folder goes too: the viewer's log alone grows by a few hundred MB.
process.on('exit', () => {
  children.forEach((c) => c.kill('SIGTERM'));
  rmSync(work, { recursive: true, force: true });
});
const script = summaryScript(work);

const fmt = (n, d = 0) => n.toLocaleString('fr-FR', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `node args…` on the server core, its output going to a file (the viewer logs every
 * request there, as in production); resolves once `ready(output, pid)` holds, with the ms it
 * took and the server's memory then.
 */
function start(args, env, ready) {
  const began = process.hrtime.bigint();
  const [command, ...rest] = [...SERVER_CORE, process.execPath, ...args];
  const log = path.join(mkdtempSync(path.join(work, 'log-')), 'out.log');
  const child = spawn(command, rest, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', openSync(log, 'w'), 'inherit'] });
  children.add(child);
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (!ready(readFileSync(log, 'utf8'), child.pid)) return;
      clearInterval(poll);
      resolve({ child, log, ms: Number(process.hrtime.bigint() - began) / 1e6, rss: rssOf(child.pid) });
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`${args.join(' ')} exited ${code}: ${readFileSync(log, 'utf8').slice(-2000)}`));
    });
  });
}
/** Ready once the output holds `marker`. */
const saying = (marker) => (output) => output.includes(marker);
/**
 * Ready once the capture worker is gone, for a viewer that logs nothing to say so (LOG_LEVEL=warn):
 * its only thread that ever ends. Nothing may ask before: a page Express serves while the
 * capture runs leaves the replay slower for the process's life (docs/benchmarks.md).
 */
function captured() {
  let most = 0;
  return (_output, pid) => {
    const threads = threadsOf(pid);
    most = Math.max(most, threads);
    return threads < most;
  };
}

/** Stops a child with SIGTERM and waits for it to exit. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  children.delete(child);
}

/** Milliseconds from spawn to the first 200 on `url`, polling every 2 ms. */
async function timeToFirst200(args, env, url) {
  const began = process.hrtime.bigint();
  const [command, ...rest] = [...SERVER_CORE, process.execPath, ...args];
  const child = spawn(command, rest, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.add(child);
  for (;;) {
    const res = await fetch(url).catch(() => null);
    if (res?.status === 200) break;
    await sleep(2);
  }
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  const rss = rssOf(child.pid);
  await stop(child);
  return { ms, rss };
}

/**
 * One exchange as wrk sends it (`GET`, `Host`, the extra headers; HTTP/1.1), read raw: status,
 * headers, body, and the bytes of the whole response, to check what wrk counted.
 */
function rawGet(port, urlPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.on('connect', () => socket.write(`GET ${urlPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${lines}\r\n`));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const data = Buffer.concat(chunks);
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...fields] = data.subarray(0, end).toString('latin1').split('\r\n');
      const head = Object.fromEntries(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()]));
      const length = Number(head['content-length']);
      if (data.length < end + 4 + length) return;
      socket.destroy();
      resolve({ status: Number(statusLine.split(' ')[1]), headers: head, body: data.subarray(end + 4, end + 4 + length), bytes: end + 4 + length });
    });
    socket.on('error', reject);
  });
}

/** Waits until the viewer replays `urlPath` in brotli: every page captured, its brotli variant made. */
async function replayed(port, urlPath) {
  for (let i = 0; i < 3000; i++) {
    if ((await rawGet(port, urlPath, { 'Accept-Encoding': 'br' }).catch(() => null))?.headers['content-encoding'] === 'br') return;
    await sleep(20);
  }
  throw new Error(`${port} ne rejoue pas ${urlPath} en brotli`);
}

/**
 * One wrk run of `seconds` on `server` (its port, pid and the bytes one response takes), with what it cost
 * the server's core: µs of CPU per response, every thread (and nginx's worker) counted.
 */
function load(server, urlPath, headers, seconds = SECONDS) {
  for (let attempt = 1; ; attempt++) {
    const before = cpuNsOf(server.pid);
    const result = wrk({ url: `http://127.0.0.1:${server.port}${urlPath}`, seconds, connections: CONNECTIONS, headers, pin: LOAD_CORE, script });
    const cpuUs = (cpuNsOf(server.pid) - before) / 1000 / result.requests;
    server.runs = (server.runs ?? 0) + 1;
    server.counted = (server.counted ?? 0) + result.requests;
    // How much of its core the server used: near 100 % it was the bottleneck, as it should be;
    // well below, wrk or another process on the machine held it back, and the figure says so.
    if (!result.errors) return checked(server, headers, { ...result, cpuUs, busy: (cpuUs * result.rps) / 1e4 });
    // A figure comes from a run without a single error; a run with one is done again, twice at most.
    if (attempt === 3) throw new Error(`${server.name} : ${result.detail}`);
    console.error(`mesure refaite (${server.name}) : ${result.detail}`);
  }
}

/** The slices of one server in one round as one run: totals over totals, the median latencies. */
function combined(runs) {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const us = runs.reduce((sum, run) => sum + run.us, 0);
  const cpuUs = runs.reduce((sum, run) => sum + run.cpuUs * run.requests, 0) / requests;
  const rps = requests / (us / 1e6);
  return {
    requests,
    us,
    rps,
    cpuUs,
    busy: (cpuUs * rps) / 1e4,
    bytesPerResponse: runs.reduce((sum, run) => sum + run.bytesPerResponse * run.requests, 0) / requests,
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
  };
}

/** wrk's own count of bytes per response, against one response read raw: a different body (gzip instead of brotli, a 304, an error page) shows here. */
function checked(server, headers, result) {
  const expected = server.bytes?.[headers['Accept-Encoding'] ?? 'identity'];
  if (expected && Math.abs(result.bytesPerResponse - expected) > expected * 0.01) {
    throw new Error(`${server.name} : ${fmt(result.bytesPerResponse)} octets par réponse mesurés par wrk, ${expected} attendus`);
  }
  return result;
}

/** Whether something already answers on a port: then the bench would measure it, not its own server. */
const taken = (port) => new Promise((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('error', () => resolve(false));
});
const busy = [];
for (let port = BASE_PORT; port <= BASE_PORT + 10; port++) if (await taken(port)) busy.push(port);
if (busy.length) {
  console.error(`ports déjà pris : ${busy.join(', ')} (le bench utilise ${BASE_PORT}–${BASE_PORT + 10} : BENCH_PORT en choisit d’autres)`);
  process.exit(1);
}
ensureWrk();
ensureNginx();
if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) throw new Error('npm run build a échoué');
const wrkVersion = spawnSync('wrk', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]?.split(' [')[0];
console.log(`Machine : ${cpus()[0]?.model}, ${cpus().length} cœurs, Node ${process.version}, ${wrkVersion}`);
console.log(pinned
  ? `wrk sur le cœur 0 (1 thread, ${CONNECTIONS} connexions, ${SECONDS} s par serveur, tour et encodage, en tranches d’une seconde prises tour à tour, l’ordre inversé d’une passe à l’autre), chaque serveur sur le cœur 1 ; ${ROUNDS} tours, des processus Node neufs à chaque tour`
  : 'ATTENTION : moins de 2 cœurs ou pas de taskset : wrk et les serveurs partagent les cœurs, les chiffres ne veulent pas dire grand-chose');

// Served once for the whole run: nginx (the export of the same seeds: no JIT whose luck would
// vary from one process to the next) and the naive render (far enough behind not to matter).
const exported = path.join(work, 'site');
const exporting = spawnSync(process.execPath, ['dist/export.js', exported], { cwd: ROOT, env: { ...process.env, BASE_URL }, encoding: 'utf8' });
if (exporting.status !== 0) throw new Error(`export : ${exporting.stderr}`);
chmodSync(work, 0o755); // nginx's worker runs as nobody
const nginx = await startNginx({ port: PORT.nginx, root: exported, work: path.join(work, 'nginx'), pin: SERVER_CORE });
children.add(nginx);
const naive = await start(['bench/naive.mjs', String(PORT.naive)], {}, saying('ready'));
const nginxServer = { name: 'nginx', key: 'nginx', port: PORT.nginx, pid: nginx.pid };
// The same with what a tuned static server adds (sendfile, and open_file_cache: no open, stat and
// close of the file and its .br/.gz twins per request): not the issue's comparator, shown beside it.
const nginxTuned = await startNginx({ port: PORT.nginxTuned, root: exported, work: path.join(work, 'nginx-tuned'), pin: SERVER_CORE, tuned: true });
children.add(nginxTuned);
const nginxTunedServer = { name: 'nginx + open_file_cache', key: 'nginxTuned', port: PORT.nginxTuned, pid: nginxTuned.pid };
const naiveServer = { name: 'Express + EJS naïf', key: 'naive', port: PORT.naive, pid: naive.child.pid };
const ENCODINGS = [['identity', {}], ['br', { 'Accept-Encoding': 'br' }]];
const section = await (async () => {
  const probe = await start([SERVER], { PORT: String(PORT.viewer), HOST: '127.0.0.1', BASE_URL }, saying('pages en mémoire'));
  const index = await (await fetch(`http://127.0.0.1:${PORT.viewer}/api/records`)).json();
  await stop(probe.child);
  return `/records/${index.records[0].slug}/themes`;
})();

/**
 * A round's Node servers, fresh: a Node process is a few per cent faster or slower than another
 * for its whole life (JIT, memory layout), so each round draws new ones. The viewer as `npm
 * start` runs it; the same with LOG_LEVEL=warn (what request logging costs); the ceiling, fed
 * from this viewer's own responses. Nothing asks them anything before their pages are captured.
 */
async function startRound() {
  const viewer = await start([SERVER], { PORT: String(PORT.viewer), HOST: '127.0.0.1', BASE_URL }, saying('pages en mémoire'));
  await replayed(PORT.viewer, section);
  const quiet = await start([SERVER], { PORT: String(PORT.quiet), HOST: '127.0.0.1', BASE_URL, LOG_LEVEL: 'warn' }, captured());
  await replayed(PORT.quiet, section);
  const ceiling = await start(['bench/ceiling.mjs', String(PORT.ceiling), `http://127.0.0.1:${PORT.viewer}${section}`], {}, saying('ready'));
  const servers = [
    { name: 'plafond node:http', key: 'ceiling', port: PORT.ceiling, pid: ceiling.child.pid, child: ceiling.child },
    { name: 'visionneuse', key: 'viewer', port: PORT.viewer, pid: viewer.child.pid, child: viewer.child, log: viewer.log },
    nginxServer,
    nginxTunedServer,
    { name: 'visionneuse sans journal', key: 'quiet', port: PORT.quiet, pid: quiet.child.pid, child: quiet.child },
  ];
  // The same bytes everywhere: each server's body, read raw, must be the viewer's, in the
  // encoding asked for; and what one whole response weighs, to check wrk's count against.
  for (const [encoding, headers] of ENCODINGS) {
    const reference = await rawGet(PORT.viewer, section, headers);
    for (const server of servers) {
      const res = await rawGet(server.port, section, headers);
      const contentEncoding = res.headers['content-encoding'] ?? 'identity';
      if (res.status !== 200 || contentEncoding !== encoding || !res.body.equals(reference.body)) {
        throw new Error(`${server.name} (${encoding}) : ${res.status}, ${contentEncoding}, ${res.body.length} octets, pas les octets de la visionneuse (${reference.body.length})`);
      }
      server.bytes = { ...server.bytes, [encoding]: res.bytes };
    }
    servers.body = { ...servers.body, [encoding]: reference.body.length };
  }
  // Warm-up, not counted: the JIT of a fresh process.
  for (const [, headers] of ENCODINGS) for (const server of servers) if (server.child) load(server, section, headers, 1);
  return servers;
}

load(naiveServer, section, {});
const results = Object.fromEntries(ENCODINGS.map(([encoding]) => [encoding, Object.fromEntries(['ceiling', 'viewer', 'nginx', 'nginxTuned', 'quiet', 'naive'].map((key) => [key, []]))]));
const logs = { logged: 0, counted: 0, complete: true };
for (let round = 0; round < ROUNDS; round++) {
  const servers = await startRound();
  if (round === 0) {
    for (const [encoding] of ENCODINGS) {
      console.log(`${encoding.padEnd(8)} : corps de ${fmt(servers.body[encoding])} octets, identique sur les ${servers.length} serveurs ; réponse entière ${servers.map((s) => `${s.key} ${s.bytes[encoding]}`).join(', ')} octets`);
    }
  }
  for (const [encoding, headers] of ENCODINGS) {
    // Each server's SECONDS come in slices of one second, the servers taken in turn, the order
    // reversed every other pass: this machine's speed drifts within seconds, so the runs that a
    // ratio compares are kept close in time and each sees the same drift.
    const slices = new Map(servers.map((server) => [server, []]));
    for (let pass = 0; pass < SECONDS; pass++) {
      for (const server of (round + pass) % 2 ? [...servers].reverse() : servers) slices.get(server).push(load(server, section, headers, 1));
    }
    for (const [server, runs] of slices) results[encoding][server.key].push(combined(runs));
    // The naive render ignores Accept-Encoding: measured once a round, in identity.
    if (encoding === 'identity') results[encoding].naive.push(load(naiveServer, section, headers));
  }
  // Every request logged: after a normal stop (SIGTERM), the viewer's log holds a line for each
  // response wrk counted, plus the bench's own requests and those in flight when a run's time
  // was up (answered and logged, but not counted by wrk): at most one per connection and run.
  const viewer = servers.find((s) => s.key === 'viewer');
  await stop(viewer.child);
  const logged = readFileSync(viewer.log, 'utf8').split('\n').filter((line) => line.includes('"status":')).length;
  logs.logged += logged;
  logs.counted += viewer.counted;
  logs.complete &&= logged >= viewer.counted && logged <= viewer.counted + viewer.runs * CONNECTIONS + 100;
  rmSync(viewer.log, { force: true });
  for (const server of servers) if (server.child) await stop(server.child);
}

/** Per round, a's rate over b's; the median, then each round's. */
function ratio(runs, a, b) {
  const each = runs[a].map((run, i) => run.rps / runs[b][i].rps);
  return { median: median(each), each };
}
console.log(`\nPage de section ${section} : médiane de ${ROUNDS} tours ; rapports pris dans chaque tour, leur médiane (puis chaque tour)`);
console.log('encodage | serveur                  |   req/s | p50 ms | p99 ms | µs CPU/réponse | cœur occupé | octets/réponse');
const NAMES = { ceiling: 'plafond node:http', viewer: 'visionneuse', nginx: 'nginx', nginxTuned: 'nginx + open_file_cache', quiet: 'visionneuse sans journal', naive: 'Express + EJS naïf' };
for (const [encoding] of ENCODINGS) {
  const runs = results[encoding];
  for (const key of Object.keys(NAMES).filter((k) => runs[k].length)) {
    const m = (field) => median(runs[key].map((r) => r[field]));
    console.log(`${encoding.padEnd(8)} | ${NAMES[key].padEnd(24)} | ${fmt(m('rps')).padStart(7)} | ${fmt(m('p50'), 2).padStart(6)} | ${fmt(m('p99'), 2).padStart(6)} | ${fmt(m('cpuUs'), 1).padStart(14)} | ${`${fmt(m('busy'))} %`.padStart(11)} | ${fmt(m('bytesPerResponse')).padStart(14)}`);
  }
}
console.log('');
const targets = [];
for (const [encoding] of ENCODINGS) {
  const runs = results[encoding];
  const show = (label, { median: mid, each }, target) => {
    const verdict = target ? (mid >= target ? `  (${fmt(mid, 3)} ≥ ${fmt(target, 2)} : atteint)` : `  (${fmt(mid, 3)} < ${fmt(target, 2)} : NON atteint)`) : '';
    if (target) targets.push(mid >= target);
    console.log(`${encoding.padEnd(8)} | ${label.padEnd(38)} | ${fmt(mid, 2)} ; ${each.map((r) => fmt(r, 2)).join(' ')}${verdict}`);
  };
  show('visionneuse / plafond', ratio(runs, 'viewer', 'ceiling'), 0.9);
  show('visionneuse / nginx', ratio(runs, 'viewer', 'nginx'), 0.95);
  show('visionneuse / nginx + open_file_cache', ratio(runs, 'viewer', 'nginxTuned'));
  show('visionneuse sans journal / plafond', ratio(runs, 'quiet', 'ceiling'));
  show('visionneuse / visionneuse sans journal', ratio(runs, 'viewer', 'quiet'));
  if (encoding === 'identity') show('visionneuse / Express + EJS naïf', ratio(runs, 'viewer', 'naive'));
}
const held = Object.values(results).flatMap((runs) => ['ceiling', 'viewer', 'nginx', 'nginxTuned', 'quiet'].flatMap((key) => runs[key])).filter((run) => run.busy < 90);
if (held.length) console.log(`\n${held.length} mesures sur ${ROUNDS * ENCODINGS.length * 5} avec le serveur à moins de 90 % de son cœur : la machine était chargée par ailleurs, leurs rapports en disent moins`);
const { complete } = logs;
console.log(`\nJournaux des visionneuses après SIGTERM : ${fmt(logs.logged)} lignes de requête pour ${fmt(logs.counted)} réponses comptées par wrk : ${complete ? 'aucune perdue' : 'LIGNES MANQUANTES OU EN TROP'}`);
await stop(naive.child);
nginx.kill('SIGQUIT');
nginxTuned.kill('SIGQUIT');
if (process.env.BENCH_SCALE === '0') process.exit(complete ? 0 : 1);

// Start-up: the viewer against a bare node:http server, both to their first 200 (median of 5).
const bareScript = path.join(work, 'bare.mjs');
writeFileSync(bareScript, `import { createServer } from 'node:http'; createServer((q, s) => s.end('ok')).listen(${PORT.bare}, '127.0.0.1');\n`);
const bares = [];
const firsts = [];
for (let i = 0; i < 5; i++) {
  bares.push((await timeToFirst200([bareScript], {}, `http://127.0.0.1:${PORT.bare}/`)).ms);
  firsts.push((await timeToFirst200([SERVER], { PORT: String(PORT.viewer), HOST: '127.0.0.1' }, `http://127.0.0.1:${PORT.viewer}/`)).ms);
}
console.log(`\nDémarrage jusqu’au premier 200 (médiane de 5) : visionneuse ${fmt(median(firsts))} ms, node:http nu ${fmt(median(bares))} ms, rapport ${fmt(median(firsts) / median(bares), 1)}`);

// Scale: start-up, memory and rate with 1, 100 and 1,000 generated records. The servers then run
// side by side and are loaded in turn, five rounds, the order reversed every other round; each
// round gives each site's rate as a ratio to the 1-record rate of the same round, and the median
// ratio is kept. A second 1-record server is the control: what two identical servers differ by
// in this run is the resolution of the other ratios.
const scale = [];
for (const [i, [label, count]] of [['1', 1], ['1 bis', 1], ['100', 100], ['1000', 1000]].entries()) {
  const dir = mkdtempSync(path.join(work, `seeds-${count}-`));
  generateRecords(dir, count);
  const port = PORT.scale + i;
  const env = { PORT: String(port), HOST: '127.0.0.1', SEEDS_DIR: dir, BASE_URL }; // one origin: the same bytes in every site
  const first = await timeToFirst200([SERVER], env, `http://127.0.0.1:${port}/api/records`);
  const server = await start([SERVER], env, saying('pages en mémoire'));
  // The same page in every site: generated record i is the same text whatever the count.
  const slug = (await (await fetch(`http://127.0.0.1:${port}/api/records`)).json()).records[0].slug;
  const page = await rawGet(port, `/records/${slug}/themes`);
  scale.push({ label, first, server, page, target: { name: label, port, pid: server.child.pid, bytes: { identity: page.bytes } }, path: `/records/${slug}/themes`, rates: [] });
}
for (const entry of scale) load(entry.target, entry.path, {}, 1); // warm-up, not counted
const SCALE_ROUNDS = 5;
for (let round = 0; round < SCALE_ROUNDS; round++) {
  for (const entry of round % 2 ? [...scale].reverse() : scale) {
    const run = load(entry.target, entry.path, {});
    entry.rates.push(run.rps);
    (entry.cpu ??= []).push(run.cpuUs);
  }
}
console.log('\nrecords | premier 200 | toutes les pages en mémoire | RSS au premier 200 | RSS ensuite | section identity, corps, µs CPU/réponse | rapport à 1 record (médiane ; par tour)');
for (const { label, first, server, page, rates, cpu } of scale) {
  const ratios = rates.map((rps, round) => rps / scale[0].rates[round]);
  // The ratio compares the same page only if its bytes are the same in every site.
  const same = page.body.equals(scale[0].page.body) ? `${fmt(page.body.length)} o` : `${fmt(page.body.length)} o, AUTRE PAGE`;
  console.log(`${label.padStart(7)} | ${fmt(first.ms).padStart(8)} ms | ${fmt(server.ms).padStart(24)} ms | ${fmt(first.rss).padStart(15)} Mo | ${fmt(server.rss).padStart(8)} Mo | ${fmt(median(rates)).padStart(6)} req/s, ${same}, ${fmt(median(cpu), 1)} µs | ${fmt(median(ratios), 2)} ; ${ratios.map((r) => fmt(r, 2)).join(' ')}`);
  await stop(server.child);
}
console.log(`\nObjectifs (visionneuse / plafond ≥ 0,90, visionneuse / nginx ≥ 0,95, en identity et en brotli) : ${targets.every(Boolean) ? 'tous atteints' : 'PAS tous atteints'}`);
process.exit(complete ? 0 : 1);
