/** Prints how a seed file splits, with the rule behind each paragraph's kind: `npx tsx scripts/split.ts seeds/x.txt [more…]`. For tuning by eye. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRecord } from '../src/record/index.js';
import { parseSeed } from '../src/record/load.js';

for (const file of process.argv.slice(2)) {
  const record = buildRecord(parseSeed({ file: path.basename(file), bytes: readFileSync(file) }));
  console.log(`\n# ${record.file} — ${record.title}`);
  record.paragraphs.forEach((p, i) => {
    const decision = record.decisions[i];
    const why = `${decision?.kind ?? '?'} ${decision?.shape ?? ''} (${decision?.rule ?? '?'})`;
    console.log(`${String(p.n).padStart(2)} ${why.padEnd(42)} ${p.plain.slice(0, 80).replace(/\n/g, ' / ')}`);
  });
  console.log('participants:', JSON.stringify(record.participants));
  console.log('topics:', JSON.stringify(record.topics.map((t) => t.text)));
  console.log('invitation:', JSON.stringify(record.invitation));
  console.log('agenda:', JSON.stringify(record.agenda.map((a) => a.text)));
}
