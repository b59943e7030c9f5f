import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY_HEADING, TIMED_ENTRY, TIME_ONLY } from '../../../src/record/cues/programme.js';
import { LIST_MARKER } from '../../../src/record/cues/shape.js';
import { kindsOf, recordOf } from '../../helpers.js';

describe('programme cues', () => {
  it('reads timed lines in the common spellings of a time', () => {
    for (const line of ['9 H 15 : accueil', '11 heures 45 – déjeuner', '10h : visite', '9h00-9h30 : ouverture', 'De 10h à 11h30 : table ronde', 'Mardi 14 mai, 15h : signature']) {
      assert.ok(TIMED_ENTRY.test(line), line);
    }
    assert.ok(!TIMED_ENTRY.test('A 11h35, il sera reçu par le président.'), 'a time opening a sentence is prose');
  });

  it('reads a line that is only a time, and a day heading', () => {
    for (const line of ['14 h 00', '15h20 (21h20 à Paris)', '9h00-9h30 :', 'À 10 h']) assert.ok(TIME_ONLY.test(line), line);
    for (const line of ['Mercredi 3 juin', 'MARDI 14 MAI', 'JOUR 1 – LUNDI', 'JEUDI 7 JUIN – Ottawa et Montréal', 'Le 12 DECEMBRE']) assert.ok(DAY_HEADING.test(line), line);
    assert.ok(!DAY_HEADING.test('Lundi, les ministres ont évoqué la pêche.'));
  });

  it('takes a dash stuck to a capitalised word as a list marker, not a sign-off', () => {
    assert.ok(LIST_MARKER.test('-Visite du chantier'));
    assert.ok(LIST_MARKER.test('1- Mardi : visite'));
    assert.ok(!LIST_MARKER.test('-VNA-'));
    assert.ok(LIST_MARKER.test('-M. Paul Adjovi, ministre'), 'a dash stuck to a civility');
  });

  it('keeps a programme written as a run of times, days and verbless lines in the agenda, until prose comes back', () => {
    const text = [
      'Visite de jumelage à Namur',
      'Le maire de Koudougou, Issa Sawadogo, séjourne à Namur avec une délégation.',
      'PROGRAMME DU SEJOUR',
      'Lundi 2 juin',
      '14 h 00',
      'Réception à l’hôtel de ville',
      '16 h 30',
      'Visite d’une école communale',
      'Mardi 3 juin',
      'Une coopération ancienne',
      'Le jumelage a été signé en 1998 et compte des échanges scolaires chaque année.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(recordOf(text)), ['context', 'participants', 'agenda', 'agenda', 'agenda', 'agenda', 'agenda', 'agenda', 'agenda', 'context', 'context']);
    assert.deepEqual(recordOf(text).agenda.map((a) => a.text), ['Réception à l’hôtel de ville', 'Visite d’une école communale']);
  });
});
