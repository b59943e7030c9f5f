import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../helpers.js';

/** A text of about `size` characters: an opening, then `unit` repeated. */
function shaped(opening: string, unit: string, size: number): string {
  return opening + unit.repeat(Math.ceil((size - opening.length) / unit.length));
}

/**
 * The time of one split of each text: the fastest of seven rounds, the two texts in turn, the small
 * one split ten times a round so that both take about as long and meet the same load from the
 * rest of the machine (other test files run meanwhile).
 */
function splitTimes(small: string, large: string): { small: number; large: number } {
  recordOf(small);
  recordOf(large);
  const best = { small: Infinity, large: Infinity };
  for (let round = 0; round < 7; round += 1) {
    let started = performance.now();
    for (let i = 0; i < 10; i += 1) recordOf(small);
    best.small = Math.min(best.small, (performance.now() - started) / 10);
    started = performance.now();
    recordOf(large);
    best.large = Math.min(best.large, performance.now() - started);
  }
  return best;
}

/** Shapes that once made the splitter quadratic: each must grow with the text, not with its square. */
const SHAPES: readonly { name: string; opening: string; unit: string }[] = [
  { name: 'a run of commas after a topic verb', opening: 'Les ministres ont évoqué ', unit: 'a, ' },
  { name: 'a run of "(a, " after a topic verb', opening: 'Les ministres ont évoqué ', unit: '(a, ' },
  { name: 'a run of capitalised words', opening: 'Le ministre ', unit: 'Abc Def ' },
  { name: 'a run of "et"', opening: 'Les ministres ont évoqué la pêche ', unit: 'et la pêche ' },
  { name: 'a run of quotes', opening: 'Le ministre a déclaré ', unit: '« a » " b " ' },
  { name: 'a run of future moves', opening: 'La délégation visitera ', unit: 'le port, visitera ' },
  { name: 'a run of "et de" after bare complements', opening: 'Ils ont évoqué des relations ', unit: 'd’amitié et de paix ' },
  { name: 'a run of actions sharing a complement', opening: 'Ils ont évoqué la ', unit: 'défense et la promotion ' },
  { name: 'one long paragraph of prose', opening: '', unit: 'Le ministre belge, Marc Lambert, a évoqué avec son homologue la pêche, l’énergie et le commerce, ' },
];

describe('splitting time', () => {
  for (const shape of SHAPES) {
    it(`grows linearly on ${shape.name}`, () => {
      const { small, large } = splitTimes(shaped(shape.opening, shape.unit, 20_000), shaped(shape.opening, shape.unit, 200_000));
      assert.ok(large < 3_000, `200 KB split in ${large.toFixed(0)} ms`);
      // Ten times the text: ten times the time when linear, a hundred when quadratic.
      assert.ok(large <= 15 * Math.max(small, 1), `20 KB: ${small.toFixed(1)} ms, 200 KB: ${large.toFixed(1)} ms`);
    });
  }
});
