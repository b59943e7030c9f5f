/** The I/O of `npm run eval`: a folder of labelled reports in, each report split and scored. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRecords } from '../record/index.js';
import { readSeedDir } from '../record/load.js';
import { recordJson } from '../site/api.js';
import type { MeetingRecord } from '../types.js';
import { parseLabels } from './labels.js';
import { scoreRecord, type RecordScore, type ScoredDocument } from './score.js';

/** A record's API document as a client receives it: built by the API's own function, sent through JSON. */
export function servedDocument(record: MeetingRecord): ScoredDocument {
  const document: ScoredDocument = recordJson(record);
  return JSON.parse(JSON.stringify(document)) as ScoredDocument;
}

/**
 * Splits every report of a folder that has labels beside it (`NN.txt` or `NN.md` with `NN.json`)
 * as the server does, and scores each against its labels, in the order of the label files.
 * Throws, as start-up does, when a report cannot be split; labels without a report score nothing.
 */
export async function scoreFolder(dir: string): Promise<RecordScore[]> {
  const seeds = await readSeedDir(dir);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => f.slice(0, -'.json'.length));
  const labelled = new Set(names);
  const records = buildRecords(seeds.filter((seed) => labelled.has(path.parse(seed.file).name)));
  const documents = new Map(records.map((record) => [path.basename(record.file), servedDocument(record)]));
  return Promise.all(
    names.map(async (name) => {
      const labels = parseLabels(await readFile(path.join(dir, `${name}.json`), 'utf8'), `${name}.json`);
      return scoreRecord(name, labels, documents.get(`${name}.txt`) ?? documents.get(`${name}.md`));
    }),
  );
}
