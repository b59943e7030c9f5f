import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/record/text.js';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('text', () => {
  it('splits sentences at their end, not after a civility or a title', () => {
    assert.deepEqual(texts('M. Ali a parlé. Elle a invité.'), ['M. Ali a parlé.', 'Elle a invité.']);
    assert.deepEqual(texts('Le Conseil recevra mardi S.E. Mme Anne Roy, ambassadrice. Elle visitera Bâle.'), [
      'Le Conseil recevra mardi S.E. Mme Anne Roy, ambassadrice.', 'Elle visitera Bâle.',
    ]);
    assert.deepEqual(texts('Il a reçu Mgr. Paul Sarr et le Pr. Awa Ba. Puis il est parti.'), ['Il a reçu Mgr. Paul Sarr et le Pr. Awa Ba.', 'Puis il est parti.']);
  });

  it('ends a sentence after a capital letter that closes it ("le bloc B.")', () => {
    assert.deepEqual(texts('Ils ont visité le bloc B. Elle a salué les équipes.'), ['Ils ont visité le bloc B.', 'Elle a salué les équipes.']);
  });

  it('gives each sentence its offset in the paragraph', () => {
    assert.deepEqual(splitSentences('Un. Deux.').map((s) => s.start), [0, 4]);
  });
});
