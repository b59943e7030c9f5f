import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreRecord, summarise, type RecordScore, type ScoredDocument } from '../../src/eval/score.js';
import type { Labels } from '../../src/eval/labels.js';
import type { SectionKind } from '../../src/types.js';

/** A served document from its paragraphs (text, kind given, and the rule that gave it when the API names one). */
function documentOf(paragraphs: readonly (readonly [text: string, kind: SectionKind, rule?: string])[], rest: Partial<ScoredDocument> = {}): ScoredDocument {
  const kinds = [...new Set(paragraphs.map(([, kind]) => kind))];
  return {
    file: 'essai.txt',
    paragraphs: paragraphs.map(([text, , rule], i) => ({ n: i + 1, text, ...(rule === undefined ? {} : { rule }) })),
    sections: kinds.map((kind) => ({ kind, paragraphs: paragraphs.flatMap(([, k], i) => (k === kind ? [i + 1] : [])) })),
    participants: [],
    topics: [],
    agenda: [],
    invitation: null,
    ...rest,
  };
}

/** Labels from each paragraph's opening words and accepted kinds. */
function labelsOf(paragraphs: readonly (readonly [start: string, ...kinds: SectionKind[]])[], rest: Partial<Labels> = {}): Labels {
  return {
    paragraphs: paragraphs.map(([start, ...kinds], i) => ({ n: i + 1, start, kinds })),
    participants: [],
    topics: [],
    invitation: null,
    agenda: [],
    ...rest,
  };
}

const one = labelsOf([['La ministre', 'participants']]);
const oneServed = documentOf([['La ministre a reçu son homologue.', 'participants']]);

describe('scoreRecord', () => {
  it('counts a paragraph right when its kind is accepted, and lists the others with the kind given and the kinds accepted', () => {
    const labels = labelsOf([['Le ministre', 'participants'], ['Les deux parties', 'topics', 'participants'], ['Cette visite', 'context']]);
    const served = documentOf([['Le ministre est arrivé.', 'participants'], ['Les deux parties ont évoqué la pêche.', 'participants'], ['Cette visite est la première.', 'agenda']]);
    assert.deepEqual(scoreRecord('x', labels, served).paragraphs, { right: 2, total: 3, wrong: [{ n: 3, given: 'agenda', accepted: ['context'], rule: null }] });
  });

  it('finds a paragraph by its opening words across case, accents, apostrophes and spaces', () => {
    const labels = labelsOf([["L'AMBASSADRICE  a ete recue", 'participants']]);
    const served = documentOf([['L’ambassadrice a été reçue au palais.', 'participants']]);
    assert.equal(scoreRecord('x', labels, served).paragraphs.right, 1);
  });

  it('finds a paragraph holding the opening words when none starts with them', () => {
    const labels = labelsOf([['le ministre', 'participants']]);
    const served = documentOf([['Dakar (APS) - Le ministre est arrivé.', 'participants']]);
    assert.equal(scoreRecord('x', labels, served).paragraphs.right, 1);
  });

  it('searches on from the last paragraph found, so a repeated opening finds its own paragraph', () => {
    const labels = labelsOf([['Programme', 'context'], ['La délégation', 'participants'], ['Programme', 'agenda']]);
    const served = documentOf([['Programme chargé pour la délégation', 'context'], ['La délégation est arrivée.', 'participants'], ['Programme', 'agenda']]);
    assert.equal(scoreRecord('x', labels, served).paragraphs.right, 3);
  });

  it('marks a labelled paragraph the split does not have as missing', () => {
    const labels = labelsOf([['La ministre', 'participants'], ['Un paragraphe absent', 'context']]);
    assert.deepEqual(scoreRecord('x', labels, oneServed).paragraphs.wrong, [{ n: 2, given: null, accepted: ['context'], rule: null }]);
  });

  it('carries the rule that gave a wrong paragraph its kind when the API names it', () => {
    const labels = labelsOf([['La ministre', 'participants'], ['Elle visitera', 'agenda']]);
    const served = documentOf([['La ministre a reçu son homologue.', 'participants', 'speaker'], ['Elle visitera le port.', 'context', 'framing']]);
    assert.deepEqual(scoreRecord('x', labels, served).paragraphs.wrong, [{ n: 2, given: 'context', accepted: ['agenda'], rule: 'framing' }]);
  });

  it('matches names across case and accents, and a name inside the other ("Lavrov" in "Sergueï Lavrov")', () => {
    const labels = { ...one, participants: [{ name: 'Marème SALL' }, { name: 'Sergueï Lavrov' }, { name: 'Ana Díaz' }] };
    const served = { ...oneServed, participants: [{ name: 'Mareme Sall' }, { name: 'Lavrov' }, { name: 'Paul Martin' }] };
    assert.deepEqual(scoreRecord('x', labels, served).people, { found: 2, gold: 3, extra: 1 });
  });

  it('pairs each name found with one labelled person at most, the first one still free', () => {
    const labels = { ...one, participants: [{ name: 'Ali' }, { name: 'Ali Bongo' }] };
    assert.deepEqual(scoreRecord('x', labels, { ...oneServed, participants: [{ name: 'Ali Bongo' }] }).people, { found: 1, gold: 2, extra: 0 });
    assert.deepEqual(scoreRecord('x', labels, { ...oneServed, participants: [{ name: 'Ali Bongo' }, { name: 'Ali' }] }).people, { found: 2, gold: 2, extra: 0 });
  });

  it('matches an agenda item by its content words, whatever its times, numbers, articles and accents', () => {
    const labels = { ...one, agenda: ["l'accueil à l'aéroport"] };
    const served = { ...oneServed, agenda: ['- 10 h 30 - 11 h 15 : Accueil à l’AEROPORT'] };
    assert.deepEqual(scoreRecord('x', labels, served).agenda, { found: 1, gold: 1, right: 1, predicted: 1 });
  });

  it('does not count a sentence that runs several agenda items together as any of them', () => {
    const labels = { ...one, agenda: ["la visite de l'usine textile", 'un déjeuner avec les élus régionaux', 'la signature des accords commerciaux'] };
    const sentence = "Le ministre fera la visite de l'usine textile, puis un déjeuner avec les élus régionaux avant la signature des accords commerciaux";
    assert.deepEqual(scoreRecord('x', labels, { ...oneServed, agenda: [sentence] }).agenda, { found: 0, gold: 3, right: 0, predicted: 1 });
  });

  it('takes an item found with too few of the labelled words as neither found nor right', () => {
    const labels = { ...one, agenda: ['inauguration du nouveau marché central'] };
    assert.deepEqual(scoreRecord('x', labels, { ...oneServed, agenda: ['inauguration'] }).agenda, { found: 0, gold: 1, right: 0, predicted: 1 });
  });

  it('accepts a topic of two words or more lying inside a labelled one, but not a single word, nor an extra topic', () => {
    const labels = { ...one, topics: ['coopération énergétique et sécurité alimentaire'] };
    const served = { ...oneServed, topics: ['sécurité alimentaire', 'sécurité', 'tourisme balnéaire'] };
    assert.deepEqual(scoreRecord('x', labels, served).topics, { found: 1, gold: 1, right: 1, predicted: 3 });
  });

  it('does not let an agenda item lie inside a labelled one as a topic may', () => {
    const labels = { ...one, agenda: ['coopération énergétique et sécurité alimentaire'] };
    assert.equal(scoreRecord('x', labels, { ...oneServed, agenda: ['sécurité alimentaire'] }).agenda.right, 0);
  });

  describe('the invitation', () => {
    const labels = labelsOf([['Le président invite', 'invitation', 'context'], ['Le ministre', 'participants'], ['Il a invité', 'invitation']], { invitation: { paragraph: 3 } });
    const served = documentOf([['Le président invite son homologue', 'context'], ['Le ministre est arrivé.', 'participants'], ['Il a invité son hôte à Rome.', 'invitation']]);
    const at = (paragraph: number) => ({ ...served, invitation: { paragraph } });

    it('is right at the labelled paragraph, or at another paragraph whose accepted kinds include the invitation', () => {
      assert.equal(scoreRecord('x', labels, at(3)).invitation, true);
      assert.equal(scoreRecord('x', labels, at(1)).invitation, true);
    });

    it('is wrong anywhere else, or when none is found', () => {
      assert.equal(scoreRecord('x', labels, at(2)).invitation, false);
      assert.equal(scoreRecord('x', labels, served).invitation, false);
    });

    it('is right when none is labelled and none found, wrong when one is found though none is labelled', () => {
      assert.equal(scoreRecord('x', one, oneServed).invitation, true);
      assert.equal(scoreRecord('x', { ...one, invitation: { paragraph: null } }, oneServed).invitation, true);
      assert.equal(scoreRecord('x', one, { ...oneServed, invitation: { paragraph: 1 } }).invitation, false);
    });
  });

  it('counts every label of a report without a record as missed, its topics left out as the reference does', () => {
    const labels = { ...one, participants: [{ name: 'Ana Díaz' }], agenda: ['visite du port'], topics: ['pêche'], invitation: { paragraph: 1 } };
    const score = scoreRecord('x', labels, undefined);
    assert.deepEqual(
      { scored: score.scored, paragraphs: score.paragraphs, people: score.people, agenda: score.agenda, topics: score.topics, invitation: score.invitation },
      {
        scored: false,
        paragraphs: { right: 0, total: 1, wrong: [] },
        people: { found: 0, gold: 1, extra: 0 },
        agenda: { found: 0, gold: 1, right: 0, predicted: 0 },
        topics: { found: 0, gold: 0, right: 0, predicted: 0 },
        invitation: false,
      },
    );
  });
});

/** A record's score from its counts: paragraphs right of total, people found/gold/extra, agenda and topics tallies. */
function scored(right: number, total: number, people: [number, number, number], invitation = true, agenda = [0, 0, 0, 0], topics = [0, 0, 0, 0]): RecordScore {
  const tally = ([found = 0, gold = 0, rightOnes = 0, predicted = 0]: number[]) => ({ found, gold, right: rightOnes, predicted });
  return {
    name: 'x',
    scored: true,
    paragraphs: { right, total, wrong: [] },
    people: { found: people[0], gold: people[1], extra: people[2] },
    agenda: tally(agenda),
    topics: tally(topics),
    invitation,
  };
}

describe('summarise', () => {
  it('averages the share of paragraphs right over records, and pools it over paragraphs too', () => {
    const s = summarise([scored(1, 1, [1, 1, 0]), scored(1, 3, [1, 1, 0])]);
    assert.equal(s.para, (1 + 1 / 3) / 2);
    assert.equal(s.paraPooled, 2 / 4);
  });

  it('pools people into one F1 over found, missed and extra, and gives 0 when nobody is found', () => {
    assert.equal(summarise([scored(1, 1, [1, 1, 1]), scored(1, 1, [0, 1, 0])]).peopleF1, 2 / (2 + 1 + 1));
    assert.equal(summarise([scored(1, 1, [0, 0, 0])]).peopleF1, 0);
  });

  it('pools agenda and topics counts into F1 and recall', () => {
    const s = summarise([scored(1, 1, [1, 1, 0], true, [1, 2, 1, 1], [0, 0, 0, 2]), scored(1, 1, [1, 1, 0], true, [1, 2, 2, 3], [1, 1, 1, 2])]);
    // agenda: recall 2/4, precision 3/4; topics: recall 1/1, precision 1/4.
    assert.equal(s.agendaRecall, 0.5);
    assert.equal(s.agendaF1, (2 * 0.5 * 0.75) / 1.25);
    assert.equal(s.topicsRecall, 1);
    assert.equal(s.topicsF1, (2 * 1 * 0.25) / 1.25);
  });

  it('counts nothing to find and nothing found as perfect, something found where nothing is labelled as 0', () => {
    assert.equal(summarise([scored(1, 1, [1, 1, 0])]).agendaF1, 1);
    assert.equal(summarise([scored(1, 1, [1, 1, 0], true, [0, 0, 0, 2])]).agendaF1, 0);
  });

  it('gives the share of records whose invitation is right', () => {
    assert.equal(summarise([scored(1, 1, [1, 1, 0], true), scored(1, 1, [1, 1, 0], false), scored(1, 1, [1, 1, 0], true), scored(1, 1, [1, 1, 0], true)]).invite, 0.75);
  });
});
