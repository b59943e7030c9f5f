// `npm run build`: TypeScript to dist/; the browser scripts of src/client/ bundled to dist/client/
// (one file each, minified, with MiniSearch and the shared search code inside); and the server
// bundled with its dependencies into dist/bundle/server.mjs, which `npm start` runs: one file
// to load instead of a few hundred modules, about a third off the time to the first answer
// (and dist/bundle/capture-worker.mjs, the thread that captures the pages for replay).
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
  // Two folders deep, like dist/site/*.js, so the paths to public/ and views/ resolve alike.
  // The capture worker (src/capture-worker.ts) is a second entry: a thread loads its own file.
  await bundle({
    entryPoints: [path.join(root, 'dist', 'server.js'), path.join(root, 'dist', 'capture-worker.js')],
    outdir: path.join(root, 'dist', 'bundle'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    sourcemap: 'linked',
    legalComments: 'eof',
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'error',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
