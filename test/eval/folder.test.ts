import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { scoreFolder, servedDocument } from '../../src/eval/folder.js';
import { reportLines } from '../../src/eval/report.js';
import { buildSite } from '../../src/site/pages.js';
import { apiRecordUrl } from '../../src/site/urls.js';
import { FIXTURES_DIR, ROOT, SITE, recordFrom } from '../helpers.js';

const EVAL_DIR = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));
const SUMMARY = /^para=\d\.\d{3} \(pooled \d\.\d{3}\) people_f1=\d\.\d{3} agenda_f1=\d\.\d{3} \(recall \d\.\d{3}\) topics_f1=\d\.\d{3} \(recall \d\.\d{3}\) invite=\d\.\d{3}$/;

/** A temporary folder, removed after the test. */
function withFolder(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Labels in the corpus format that say exactly what the splitter gives for a fixture report. */
function labelsFromOwnSplit(file: string): object {
  const document = servedDocument(recordFrom(FIXTURES_DIR, file));
  const kindOf = new Map(document.sections.flatMap((s) => s.paragraphs.map((n) => [n, s.kind] as const)));
  return {
    source_url: `test/fixtures/records/${file}`,
    paragraphs: document.paragraphs.map((p) => ({ n: p.n, start: p.text.slice(0, 40), kinds: [kindOf.get(p.n)] })),
    participants: document.participants.map((p) => ({ name: p.name })),
    topics: document.topics,
    invitation: document.invitation && { paragraph: document.invitation.paragraph },
    agenda: document.agenda,
  };
}

describe('scoreFolder', () => {
  it('scores the API document exactly as the site serves it', () => {
    const record = recordFrom(FIXTURES_DIR, 'invitation-carried-for-absent-prime-minister.txt');
    const body = buildSite([record], SITE).pages.get(apiRecordUrl(record.slug))?.body;
    assert.deepEqual(servedDocument(record), JSON.parse(String(body)));
  });

  it('scores every figure 1 against labels that say what the split gives, a .md report included', async (t) => {
    const dir = withFolder(t);
    for (const file of ['invitation-carried-for-absent-prime-minister.txt', 'markdown-bulleted-programme-after-lead-in.md']) {
      copyFileSync(path.join(FIXTURES_DIR, file), path.join(dir, file));
      writeFileSync(path.join(dir, file.replace(/\.(txt|md)$/, '.json')), JSON.stringify(labelsFromOwnSplit(file)));
    }
    const lines = reportLines(await scoreFolder(dir));
    assert.equal(lines.length, 3);
    const perfect = (name: string) =>
      new RegExp(`^${name}: para (\\d+)/\\1 people (\\d+)/\\2 \\(\\+0 extra\\) agenda (\\d+)/\\3 \\((\\d+)/\\4 right\\) topics (\\d+)/\\5 \\((\\d+)/\\6 right\\) invite ok$`);
    assert.match(lines[0] ?? '', perfect('invitation-carried-for-absent-prime-minister'));
    assert.match(lines[1] ?? '', perfect('markdown-bulleted-programme-after-lead-in'));
    assert.equal(lines[2], 'para=1.000 (pooled 1.000) people_f1=1.000 agenda_f1=1.000 (recall 1.000) topics_f1=1.000 (recall 1.000) invite=1.000');
  });

  it('splits only the reports with labels beside them, and scores labels without a report as all missed', async (t) => {
    const dir = withFolder(t);
    copyFileSync(path.join(EVAL_DIR, 'accra-entretien.json'), path.join(dir, 'seule.json'));
    writeFileSync(path.join(dir, 'vide.txt'), '');
    const scores = await scoreFolder(dir);
    assert.deepEqual(scores.map((s) => [s.name, s.scored]), [['seule', false]]);
    assert.equal(reportLines(scores)[0], 'seule: no record for it');
  });

  it('stops, naming the file, when a labelled report cannot be split, as start-up does', async (t) => {
    const dir = withFolder(t);
    copyFileSync(path.join(EVAL_DIR, 'accra-entretien.json'), path.join(dir, 'vide.json'));
    writeFileSync(path.join(dir, 'vide.txt'), '');
    await assert.rejects(scoreFolder(dir), /vide\.txt: fichier vide/);
  });
});

describe('npm run eval', () => {
  const run = promisify(execFile);
  const script = ['--import', 'tsx', path.join(ROOT, 'scripts', 'eval.ts')];

  it('prints a line per labelled report and the summary last', async () => {
    const { stdout } = await run(process.execPath, [...script, EVAL_DIR], { cwd: ROOT });
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, -1).map((l) => l.split(':')[0]), ['accra-entretien', 'lyon-programme']);
    assert.match(lines.at(-1) ?? '', SUMMARY);
  });

  it('refuses to run without a folder', async () => {
    await assert.rejects(run(process.execPath, script, { cwd: ROOT }), (error: { code?: number; stderr?: string }) => error.code === 2 && /usage: npm run eval/.test(error.stderr ?? ''));
  });
});
