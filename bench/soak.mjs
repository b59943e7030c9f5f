// npm run soak: concurrent load on the compiled server, on 127.0.0.1 only, bounded in time and in
// requests, over every kind of page (record, sections, source, lists, API, search, assets, 404,
// 405, compressed and not; no HEAD: autocannon's parser then waits for a body that never comes). Prints requests served, errors, p99 latency, and the server's
// memory before and after. Exits 1 on any error. SOAK_SECONDS (default 30) shortens it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { rssOf } from './proc.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What `npm start` runs: the server bundle. */
const SERVER = 'dist/bundle/server.mjs';
const SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const MAX_REQUESTS = 5_000_000;
const CONNECTIONS = 32;
const PORT = Number(process.env.SOAK_PORT ?? 4130);
const origin = `http://127.0.0.1:${PORT}`;
/** Statuses the mix asks for on purpose; anything else is an error. */
const EXPECTED = new Set([200, 404, 405]);

const server = spawn(process.execPath, [SERVER], {
  cwd: ROOT,
  // info: the load includes writing a log line per request, and readiness is read from the log.
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let logLines = 0;
let ready;
let isReady = false;
const captured = new Promise((resolve) => (ready = () => { isReady = true; resolve(); }));
server.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  logLines += text.split('\n').length - 1;
  if (text.includes('pages en mémoire')) ready();
});
server.on('exit', (code) => {
  if (code !== 0 && code !== null) console.error(`le serveur s’est arrêté (${code})`);
  if (!isReady) process.exit(1);
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

const rssMb = () => rssOf(server.pid);

const timeout = setTimeout(() => { console.error('le serveur n’a pas démarré en 60 s'); process.exit(1); }, 60_000);
await captured;
clearTimeout(timeout);

// Every kind of page, from the site itself.
const index = await (await fetch(`${origin}/api/records`)).json();
const record = await (await fetch(`${origin}${index.records[0].apiUrl}`)).json();
const slug = index.records[0].slug;
const home = await (await fetch(`${origin}/`)).text();
const css = /href="(\/static\/style\.[0-9a-f]+\.css)"/u.exec(home)?.[1];
const paths = [
  '/', '/records', `/records/${slug}`, `/records/${slug}/source`, '/api/records', `/api/records/${slug}`,
  ...record.sections.map((s) => s.url),
  '/recherche', '/recherche?q=coop%C3%A9ration', '/recherche?q=l%27iran+chine', css, '/nulle/part',
].filter(Boolean);
const requests = [
  ...paths.map((p) => ({ method: 'GET', path: p })),
  ...paths.slice(0, 4).map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'br, gzip' } })),
  { method: 'POST', path: '/' },
];

const before = rssMb();
const result = await autocannon({ url: origin, connections: CONNECTIONS, duration: SECONDS, maxOverallRequests: MAX_REQUESTS, requests });
await new Promise((r) => setTimeout(r, 1000));
const after = rssMb();

let unexpected = 0;
for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) if (!EXPECTED.has(Number(status))) unexpected += count;
const errors = result.errors + result.timeouts + unexpected;
const stillUp = (await fetch(`${origin}/`)).status === 200;

console.log(`Endurance : ${SECONDS} s, ${CONNECTIONS} connexions, ${requests.length} requêtes différentes (${paths.length} pages, POST, br/gzip)`);
console.log(`requêtes servies : ${result.requests.total} (${Math.round(result.requests.average)} req/s)`);
console.log(`statuts : ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])))}`);
console.log(`erreurs : ${errors} (connexion ${result.errors}, délais ${result.timeouts}, statuts inattendus ${unexpected})`);
console.log(`latence p99 : ${result.latency.p99} ms (p50 ${result.latency.p50} ms, max ${result.latency.max} ms)`);
console.log(`mémoire du serveur (RSS) : ${before.toFixed(0)} Mo avant, ${after.toFixed(0)} Mo après`);
console.log(`lignes de journal reçues : ${logLines}`);
console.log(`serveur ${stillUp ? 'toujours disponible' : 'NE RÉPOND PLUS'}`);
stop();
process.exit(errors === 0 && stillUp ? 0 : 1);
