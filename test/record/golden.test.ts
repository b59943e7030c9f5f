import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FIXTURES_DIR, SEEDS_DIR, SEED_FILE, fixtureFiles, kindsOf, recordFrom } from '../helpers.js';
import type { MeetingRecord } from '../../src/types.js';

interface Golden {
  title?: string;
  kinds: string[];
  participants: { name: string; role: string | null; country: string | null; statements: number[] }[];
  topics: string[];
  invitation: { inviter: string; invitee: string; event: string; paragraph: number } | null;
  agenda: string[];
}

const fold = (s: string) => s.replace(/[’']/g, "'").toLowerCase();

/** Checks a whole record against its hand-written golden file. */
function checkGolden(record: MeetingRecord, golden: Golden): void {
  assert.deepEqual(kindsOf(record), golden.kinds, 'kind of each paragraph');
  if (golden.title) assert.equal(record.title, golden.title);
  assert.deepEqual(
    record.participants.map((p) => ({ name: p.name, role: p.role, country: p.country, statements: p.statements })),
    golden.participants,
  );
  // Both ways, in order: each topic holds its golden phrase (which may be shorter), and none is extra.
  const topics = record.topics.map((t) => golden.topics.find((g) => fold(t.text).includes(fold(g))) ?? `extra: ${t.text}`);
  assert.deepEqual(topics, golden.topics, 'topics');
  assert.deepEqual(record.invitation, golden.invitation);
  assert.deepEqual(record.agenda.map((a) => a.text), golden.agenda);
}

describe('golden splits', () => {
  it('splits the seed record as a careful reader would', () => {
    const golden = JSON.parse(readFileSync(new URL('../fixtures/seed.expected.json', import.meta.url), 'utf8')) as Golden;
    checkGolden(recordFrom(SEEDS_DIR, SEED_FILE), golden);
  });

  it('fails a record with a topic its golden file does not have, or without one it has', () => {
    const golden = JSON.parse(readFileSync(FIXTURES_DIR + 'topics-in-relative-clause-il-a-ete-question.expected.json', 'utf8')) as Golden;
    const record = recordFrom(FIXTURES_DIR, 'topics-in-relative-clause-il-a-ete-question.txt');
    assert.throws(() => checkGolden(record, { ...golden, topics: golden.topics.slice(1) }), /topics/);
    assert.throws(() => checkGolden({ ...record, topics: record.topics.slice(1) }, golden), /topics/);
  });

  for (const file of fixtureFiles()) {
    it(`splits ${file} as its golden file says`, () => {
      const golden = JSON.parse(readFileSync(FIXTURES_DIR + file.replace(/\.(txt|md)$/, '.expected.json'), 'utf8')) as Golden;
      checkGolden(recordFrom(FIXTURES_DIR, file), golden);
    });
  }
});
