// nginx for `npm run bench`: docs/nginx.conf as shipped (only `listen` and `root` changed)
// serving an export of the same site, one worker, with a buffered access log.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * Makes sure nginx and its brotli_static module are there (Debian: nginx-light and
 * libnginx-mod-http-brotli-static, as .ci/run installs them): installs them when running as
 * root with apt-get, else says how and exits.
 */
export function ensureNginx() {
  const present = () => existsSync(NGINX) && existsSync(BROTLI_MODULE);
  if (present()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('nginx absent : apt-get install -y nginx-light libnginx-mod-http-brotli-static');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light', 'libnginx-mod-http-brotli-static'], { stdio: 'inherit', env });
    if (present()) return;
  }
  console.error(`npm run bench a besoin de nginx et de son module brotli (${BROTLI_MODULE}) : sudo apt-get install nginx-light libnginx-mod-http-brotli-static`);
  process.exit(1);
}

/**
 * Starts nginx (prefixed with `pin`) on 127.0.0.1:`port` serving the export in `root`, its files
 * in `work`: one worker process, the access log in `work/access.log` written through a 64 KB
 * buffer; `tuned` adds sendfile and open_file_cache. Resolves with the child (the master) once it answers.
 */
export async function startNginx({ port, root, work, pin = [], tuned = false }) {
  for (const dir of ['temp', 'logs']) mkdirSync(path.join(work, dir), { recursive: true });
  const shipped = readFileSync(path.join(import.meta.dirname, '..', 'docs', 'nginx.conf'), 'utf8');
  const site = shipped.replace(/^(\s*)listen 80;$/mu, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \S+;$/mu, `$1root ${root};`);
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(`root ${root};`)) throw new Error('docs/nginx.conf : listen ou root introuvable');
  writeFileSync(path.join(work, 'site.conf'), site);
  const temp = (name) => `${name}_temp_path ${path.join(work, 'temp', name)};`;
  writeFileSync(path.join(work, 'nginx.conf'), [
    `load_module ${BROTLI_MODULE};`,
    'daemon off;', 'worker_processes 1;', `pid ${path.join(work, 'nginx.pid')};`, `error_log ${path.join(work, 'logs', 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    // As test/nginx.test.ts runs it: nginx's own defaults around the shipped server block (no
    // sendfile, no open_file_cache: docs/benchmarks.md says what those change), and an access log.
    `http { access_log ${path.join(work, 'access.log')} combined buffer=64k;`,
    ...(tuned ? ['  sendfile on; tcp_nopush on; open_file_cache max=1000 inactive=60s;'] : []),
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
    `  include ${path.join(work, 'site.conf')}; }`,
  ].join('\n'));
  const [command, ...args] = [...pin, NGINX, '-p', work, '-c', path.join(work, 'nginx.conf'), '-e', path.join(work, 'logs', 'error.log')];
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  for (let i = 0; i < 200 && child.exitCode === null; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill();
  throw new Error(`nginx n’a pas démarré : ${readFileSync(path.join(work, 'logs', 'error.log'), 'utf8')}`);
}
