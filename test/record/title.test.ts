import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../helpers.js';

describe('title', () => {
  it('uses the front matter title first', () => {
    assert.equal(recordOf('---\ntitle: Mon titre\n---\nLe ministre belge, Marc Dupont, a parlé.', 'a.md').title, 'Mon titre');
  });

  it('uses a headline when the text opens with one', () => {
    assert.equal(recordOf('Coopération renforcée entre Rabat et Lisbonne\n\nLe ministre a parlé.').title, 'Coopération renforcée entre Rabat et Lisbonne');
  });

  it('names the meeting after its participants', () => {
    assert.equal(recordOf('Le ministre belge, Marc Dupont, a reçu la ministre française, Anne Roy.').title, 'Rencontre entre Marc Dupont et Anne Roy');
  });

  it('falls back on the first sentence, cut at a word, never empty', () => {
    const title = recordOf('Une longue phrase qui parle de beaucoup de choses sans nommer personne et qui continue encore bien au-delà de la limite raisonnable.').title;
    assert.ok(title.length > 0 && title.length <= 91 && title.endsWith('…'), title);
  });
});
