// The splitter's own speed: milliseconds per record, for this build and for a baseline build of
// another commit, measured in the same run, in turn, on the same records (the seed, the
// fixtures, the blind reports and generated ones). Usage:
//   node bench/split.mjs [--baseline <git ref>] [--rounds N]
// The baseline defaults to the last commit before the three-layer splitter (BASELINE_REF).
// It is built in a temporary git worktree with this checkout's node_modules; nothing is written
// into the working tree. Pin it to one core with taskset (npm run bench does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRecords } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The last commit of the splitter before it was split into lexicon, facts and named rules. */
const BASELINE_REF = '4a5a6fa';
const GENERATED = 200;

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const baselineRef = option('--baseline', BASELINE_REF);
const rounds = Number(option('--rounds', '7'));

/** Builds a commit into a temporary worktree; returns its root, and how to remove it. */
function buildBaseline(ref) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-split-'));
  execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '--quiet', dir, ref], { stdio: 'inherit' });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  return { dir, remove: () => execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', dir]) };
}

async function splitter(root) {
  const { buildRecord } = await import(pathToFileURL(path.join(root, 'dist/record/index.js')).href);
  const { parseSeed } = await import(pathToFileURL(path.join(root, 'dist/record/load.js')).href);
  return { buildRecord, parseSeed };
}

function seedFiles() {
  const generated = mkdtempSync(path.join(tmpdir(), 'bench-split-records-'));
  generateRecords(generated, GENERATED);
  const dirs = ['seeds', 'test/fixtures/records', 'test/fixtures/blind'].map((d) => path.join(ROOT, d)).concat(generated);
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/u.test(f)).map((file) => ({ file, bytes: readFileSync(path.join(dir, file)) })));
  rmSync(generated, { recursive: true, force: true });
  return files;
}

/** Milliseconds per record for one pass over every record (parsing the seeds is left out). */
function pass({ buildRecord }, seeds) {
  const started = performance.now();
  for (const seed of seeds) buildRecord(seed);
  return (performance.now() - started) / seeds.length;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
const baseline = buildBaseline(baselineRef);
try {
  const current = await splitter(ROOT);
  const before = await splitter(baseline.dir);
  const files = seedFiles();
  const seeds = { current: files.map((f) => current.parseSeed(f)), baseline: files.map((f) => before.parseSeed(f)) };
  for (let i = 0; i < 3; i += 1) pass(current, seeds.current), pass(before, seeds.baseline); // warm-up
  const times = { current: [], baseline: [] };
  for (let round = 0; round < rounds; round += 1) {
    // In turn, the order reversed every other round.
    const order = round % 2 === 0 ? ['current', 'baseline'] : ['baseline', 'current'];
    for (const which of order) times[which].push(pass(which === 'current' ? current : before, seeds[which]));
  }
  const ratios = times.current.map((t, i) => t / times.baseline[i]);
  console.log(`splitter: ${files.length} records (seed, fixtures, blind reports, ${GENERATED} generated), ${rounds} rounds in turn`);
  console.log(`  this build           ${median(times.current).toFixed(3)} ms/record (median; fastest ${Math.min(...times.current).toFixed(3)})`);
  console.log(`  baseline ${baselineRef.padEnd(11)} ${median(times.baseline).toFixed(3)} ms/record (median; fastest ${Math.min(...times.baseline).toFixed(3)})`);
  console.log(`  this / baseline      ${median(ratios).toFixed(2)} (median of paired rounds; ${ratios.map((r) => r.toFixed(2)).join(' ')})`);
  console.log(`  100,000 records      ${((median(times.current) * 100_000) / 1000).toFixed(0)} s of splitting on one core at this rate`);
} finally {
  baseline.remove();
}
