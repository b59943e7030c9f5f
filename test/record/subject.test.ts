import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSubject } from '../../src/record/subject.js';

const kindAndText = (text: string) => {
  const subject = findSubject(text);
  return subject ? [subject.kind, subject.text] : null;
};

describe('subject', () => {
  it('reads the name in apposition before the verb', () => {
    assert.deepEqual(kindAndText('Le ministre chinois, Li Wei, a de son côté souligné…'), ['name', 'Li Wei']);
  });

  it('reads the speaker named after a quotation of several sentences, particles, article and honorific included', () => {
    assert.deepEqual(kindAndText('« Ce port doit servir la région. Chaque emploi compte », a souligné M. ben Saïd El Amri, rappelant le budget.'), ['name', 'M. ben Saïd El Amri']);
    assert.deepEqual(kindAndText('« Le Brésil a appris. Nous partageons », a déclaré M. Vasconcelos de Lima, relevant les sols.'), ['name', 'M. Vasconcelos de Lima']);
    assert.deepEqual(kindAndText('« Nous avons appris ; il est temps de construire », a confié le Pr Thành à la presse.'), ['name', 'le Pr Thành']);
    assert.deepEqual(kindAndText('« Votre expérience nous sert. C’est précieux », a déclaré l’Honorable Dorsainvil, qui a plaidé.'), ['name', 'l’Honorable Dorsainvil']);
  });

  it('reads a pronoun after a participial clause', () => {
    assert.deepEqual(kindAndText('Faisant référence à l’accord, elle a exprimé l’espoir…'), ['pronoun', 'elle']);
  });

  it('reads a singular role as a role, a plural or joined subject as collective', () => {
    assert.deepEqual(kindAndText('La ministre a rappelé…'), ['role', 'La ministre']);
    assert.deepEqual(kindAndText('Les deux délégations ont évoqué…'), ['collective', 'Les deux délégations']);
    assert.deepEqual(kindAndText('Le Mali et le Niger ont signé…'), ['collective', 'Le Mali et le Niger']);
  });

  it('reads the name before an apposed role as the subject, not the role, nor a subject with its article', () => {
    assert.deepEqual(kindAndText('Mardi 9 décembre, Anne-Sophie Lemaire, présidente de la Région, a reçu l’ambassadeur.'), ['name', 'Anne-Sophie Lemaire']);
    assert.deepEqual(kindAndText('Mardi, Paul Roy, Premier ministre, a reçu l’ambassadeur.'), ['name', 'Paul Roy'], 'a role with its capital');
    assert.equal(kindAndText('Après l’accueil par le maire, Paul Roy, la délégation a visité le port.')?.[0], 'other');
  });

  it('skips a dateline', () => {
    assert.deepEqual(kindAndText('DAKAR, 3 juin (APS) – Le président a reçu…'), ['role', 'Le président']);
    assert.deepEqual(kindAndText('Kinshasa, 3 juin (ACP).- Le président a reçu…'), ['role', 'Le président'], 'a dash stuck to the agency’s parenthesis');
  });

  it('reads "Selon lui" as a follow-up of the last speaker', () => {
    assert.equal(findSubject('Selon lui, le projet avance.')?.kind, 'pronoun');
    assert.equal(findSubject('Selon elle, le projet avance.')?.feminine, true);
  });
});
