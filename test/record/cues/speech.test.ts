import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REPORTED_THAT } from '../../../src/record/cues/speech.js';
import { foldApostrophes } from '../../../src/record/lexicon/compile.js';

describe('speech cues', () => {
  it('reads "que" after a speech verb as reported speech, not a conjunction nor a cleft', () => {
    for (const text of ['Il a indiqué que la visite sera utile.', 'Elle estime que le moment est venu.', 'Selon lui, tout va bien.']) {
      assert.ok(REPORTED_THAT.test(foldApostrophes(text)), text);
    }
    for (const text of ['C’est à Lille que commence la visite.', 'Le maire ainsi que ses adjoints seront là.', 'Il partira avant que la nuit tombe.', 'Alors que la séance débutait, il est arrivé.']) {
      assert.ok(!REPORTED_THAT.test(foldApostrophes(text)), text);
    }
  });
});
