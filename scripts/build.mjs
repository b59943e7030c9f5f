// `npm run build`: TypeScript to dist/, then the browser scripts of src/client/ bundled to
// dist/client/ (one file each, minified, with MiniSearch and the shared search code inside).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function build() {
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
  const { build: bundle } = await import('esbuild');
  await bundle({
    entryPoints: [path.join(root, 'src', 'client', 'search.ts')],
    outdir: path.join(root, 'dist', 'client'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
