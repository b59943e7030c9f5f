import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aimsOf } from '../../../src/record/extract/aims.js';
import { recordOf } from '../../helpers.js';

describe('aims', () => {
  it('reads an aim both sides resolve to, with its infinitive, up to its purpose', () => {
    assert.deepEqual(aimsOf('Les deux maires ont décidé de consolider le jumelage entre leurs villes, afin de relancer les échanges scolaires.'), ['consolider le jumelage entre leurs villes']);
    assert.deepEqual(aimsOf('Ils ont réaffirmé leur volonté d’intensifier la coopération douanière.'), ['intensifier la coopération douanière']);
  });

  it('reads what a visit serves, each aim of the lead, and stops at another infinitive', () => {
    assert.deepEqual(aimsOf('Ce séjour vise à renforcer la coopération culturelle et à développer le tourisme durable.'), ['renforcer la coopération culturelle', 'développer le tourisme durable']);
    assert.deepEqual(aimsOf('Une mission visant à renforcer les liens économiques et à examiner le dossier des visas.'), ['renforcer les liens économiques']);
    assert.deepEqual(aimsOf('La rencontre a permis de souligner la volonté des deux gouvernements de moderniser leurs ports.'), ['moderniser leurs ports']);
  });

  it('lists a shared aim among the record’s subjects, whatever section its paragraph went to', () => {
    const record = recordOf('Le ministre togolais, Paul Ayité, a reçu son homologue béninois, Luc Dossou.\n\nLes deux ministres ont décidé de renforcer la coopération agricole.');
    assert.ok(record.topics.some((t) => t.text === 'renforcer la coopération agricole' && t.paragraph === 2), JSON.stringify(record.topics));
  });

  it('reads an aim in the lead of a list, before its colon', () => {
    const record = recordOf('Le ministre togolais, Paul Ayité, a reçu son homologue béninois, Luc Dossou.\n\nIls ont décidé de renforcer la coopération agricole. Ils ont signé les accords suivants :\n\n- un accord sur les semences ;\n\n- un accord sur l’irrigation.');
    assert.ok(record.topics.some((t) => t.text === 'renforcer la coopération agricole' && t.paragraph === 2), JSON.stringify(record.topics));
  });

  it('reads what both sides agreed to do, whatever the verb, without a time incise', () => {
    assert.deepEqual(aimsOf('Les deux parties ont convenu de réunir, avant la fin de l’année, la commission mixte et de créer un fonds commun.'), ['réunir la commission mixte', 'créer un fonds commun']);
    assert.deepEqual(aimsOf('Les deux villes sont convenues d’organiser un festival commun.'), ['organiser un festival commun']);
    assert.deepEqual(aimsOf('Le maire a décidé de réunir le conseil.'), [], 'one person’s decision');
  });

  it('reads the next aim of a lead after a clause about the first', () => {
    assert.deepEqual(aimsOf('Ils ont décidé de redynamiser le comité mixte, dont la dernière réunion date de 2019, et de renforcer les échanges de stagiaires.'), ['redynamiser le comité mixte', 'renforcer les échanges de stagiaires']);
  });

  it('keeps "et" inside the aim’s object', () => {
    assert.deepEqual(aimsOf('Les parties se sont engagées à approfondir la coopération économique et politique.'), ['approfondir la coopération économique et politique']);
  });

  it('reads no aim of one speaker, and no shared will to do other than strengthen', () => {
    assert.deepEqual(aimsOf('Le ministre a réaffirmé l’engagement de son pays à renforcer la coopération.'), []);
    assert.deepEqual(aimsOf('Il a souhaité développer les échanges universitaires.'), []);
    assert.deepEqual(aimsOf('Les deux pays ont exprimé leur volonté de réunir la commission mixte en juin.'), []);
  });
});
