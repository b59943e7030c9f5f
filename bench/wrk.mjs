// wrk, the load generator of `npm run bench`: written in C, it serves 150,000+ requests/s from
// one core here, well above what the servers measured reach, so it measures them and not itself
// (autocannon, in JavaScript, topped out near 30,000). It runs pinned to core 0, the servers to
// core 1, on 127.0.0.1 only, each run bounded in time.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Prints wrk's exact totals as one JSON line when a run is done (no per-request Lua: wrk stays fast). */
const SUMMARY = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"bytes":%d,"us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.bytes, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
`;

/** Whether `command --version`-like probing finds a program. */
const has = (command, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).error === undefined;

/**
 * Makes sure wrk is there: installs Debian's package when missing and running as root, else
 * says how and exits.
 */
export function ensureWrk() {
  if (has('wrk', ['-v'])) return;
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log('wrk absent : apt-get install -y wrk');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'wrk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (has('wrk', ['-v'])) return;
  }
  console.error('npm run bench a besoin de wrk : sudo apt-get install wrk (Debian, Ubuntu), ou https://github.com/wg/wrk');
  process.exit(1);
}

/** The summary script, written once into `dir`. */
export function summaryScript(dir) {
  const file = path.join(dir, 'summary.lua');
  writeFileSync(file, SUMMARY);
  return file;
}

/**
 * One wrk run against `url` (127.0.0.1 only): one thread, `connections`, `seconds`, extra
 * `headers`, pinned with `pin` (e.g. ['taskset', '-c', '0']). Resolves with requests/s, latency
 * in ms (p50, p99, max), bytes per response (head and body) and the errors wrk counted
 * (`errors`: connections that failed, responses with a status ≥ 400, timeouts; 0 for a run whose
 * figures count).
 */
export function wrk({ url, seconds, connections, headers = {}, pin = [], script }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//u.test(url)) throw new Error(`wrk ne charge que 127.0.0.1 : ${url}`);
  const args = ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '5s', '-s', script];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(url);
  const [command, ...rest] = [...pin, 'wrk', ...args];
  const run = spawnSync(command, rest, { encoding: 'utf8', timeout: (seconds + 30) * 1000 });
  const line = /^WRK (\{.*\})$/mu.exec(run.stdout ?? '')?.[1];
  if (run.status !== 0 || !line) throw new Error(`wrk ${args.join(' ')} : ${run.error ?? ''}\n${run.stdout}\n${run.stderr}`);
  const s = JSON.parse(line);
  return {
    errors: s.connect + s.read + s.write + s.status + s.timeout + (s.requests ? 0 : 1),
    detail: `${s.requests} réponses, erreurs ${JSON.stringify({ connect: s.connect, read: s.read, write: s.write, status: s.status, timeout: s.timeout })}`,
    rps: s.requests / (s.us / 1e6),
    requests: s.requests,
    us: s.us,
    bytesPerResponse: s.bytes / s.requests,
    p50: s.p50 / 1000,
    p99: s.p99 / 1000,
    max: s.max / 1000,
  };
}
