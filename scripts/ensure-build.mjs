// Runs before `npm start`: compiles to dist/ when dist/ is missing or older than a source file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const entries = ['server.js', 'bundle/server.mjs', 'bundle/capture-worker.mjs', 'client/search.js'].map((file) => path.join(root, 'dist', file));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestMtime(path.join(root, 'src')), statSync(path.join(root, 'tsconfig.json')).mtimeMs);
if (entries.some((entry) => !existsSync(entry) || statSync(entry).mtimeMs < sources)) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    console.error('dist/ est absent ou périmé et TypeScript n’est pas installé : lancez « npm install » puis « npm run build ».');
    process.exit(1);
  }
  console.log('Compilation de src/ vers dist/…');
  const { build } = await import('./build.mjs');
  await build();
}
