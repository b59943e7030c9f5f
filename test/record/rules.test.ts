import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEAD_RULES, LIST_RULES, PROSE_RULES } from '../../src/record/rules.js';
import { STRUCTURE_RULES } from '../../src/record/segment.js';
import { recordOf } from '../helpers.js';

const TABLES = { prose: PROSE_RULES, lead: LEAD_RULES, list: LIST_RULES } as const;
const ALL = [...PROSE_RULES, ...LEAD_RULES, ...LIST_RULES, ...Object.values(STRUCTURE_RULES)];

describe('rules', () => {
  it('gives every rule a unique name and a reason', () => {
    const names = ALL.map((rule) => rule.name);
    assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), [], 'duplicate rule names');
    for (const rule of ALL) assert.match(rule.reason, /\S{3}/u, `${rule.name} has a reason`);
  });

  it('ends every table with a rule that always holds, so that every paragraph gets a kind', () => {
    for (const [table, rules] of Object.entries(TABLES)) {
      const last = rules.at(-1)!;
      assert.equal(last.match(undefined as never), true, `${table} ends with ${last.name}`);
    }
  });

  for (const rule of ALL) {
    it(`decides its example (the last paragraph unless it names one) by "${rule.name}"`, () => {
      const record = recordOf(rule.example);
      const n = 'paragraph' in rule ? rule.paragraph : record.paragraphs.length;
      const decision = record.decisions[n - 1];
      assert.equal(decision?.rule, rule.name, JSON.stringify(record.decisions));
      if ('kind' in rule) assert.equal(decision?.kind, rule.kind);
    });
  }
});
