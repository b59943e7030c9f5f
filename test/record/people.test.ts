import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOf, findMentions } from '../../src/record/people.js';

const names = (text: string, known: string[] = []) => findMentions(text, known).map((m) => [m.name, m.role]);

describe('people', () => {
  it('finds a name in apposition after its role', () => {
    assert.deepEqual(names('La présidente slovaque, Zuzana Čaputová, a reçu le roi.'), [['Zuzana Čaputová', 'présidente slovaque']]);
  });

  it('keeps a title after the role out of the role, and abbreviated titles out of the name', () => {
    assert.deepEqual(names('Le ministre saoudien de l’Énergie, le prince Abdulaziz ben Salmane, a reçu la ministre.'), [['Abdulaziz ben Salmane', 'ministre saoudien de l’Énergie']]);
    assert.deepEqual(names('Le ministre de la Santé, le Pr Awa Diop, a reçu la délégation.'), [['Awa Diop', 'ministre de la Santé']]);
  });

  it('reads no outlet in a credit line as a person: "Source : Sputnik Afrique"', () => {
    assert.deepEqual(names('Source : Sputnik Afrique'), []);
  });

  it('reads no opening adverb as a name: "Demain, la ministre…"', () => {
    assert.deepEqual(names('Demain, la ministre sénégalaise sera reçue par le président.'), []);
  });

  it('finds a name followed by its role, as in a list of participants', () => {
    assert.deepEqual(names('- Awa Diop, directrice générale de l’Agence du numérique,'), [['Awa Diop', 'directrice générale de l’Agence du numérique']]);
  });

  it('reads a civility as a person marker, and a known surname as a later mention', () => {
    assert.deepEqual(names('Mme Ndiaye a rappelé le calendrier.'), [['Ndiaye', null]]);
    assert.deepEqual(names('Selon Zarepour, rien ne change.', ['Issa Zarepour']), [['Zarepour', null]]);
  });

  it('does not take the complement of a role for a name', () => {
    assert.deepEqual(names('Le ministre de l’Économie et des Finances a parlé.'), []);
    assert.deepEqual(names('L’ambassadeur de France au Japon, Paul Martin, est arrivé.'), [['Paul Martin', 'ambassadeur de France au Japon']]);
  });

  it('does not take places or institutions for people', () => {
    assert.deepEqual(names('La délégation s’est rendue à Hô Chi Minh-Ville puis à l’hôpital Mustapha Pacha.'), []);
    assert.deepEqual(names('La Banque mondiale et les Nations unies ont salué l’accord.'), []);
  });

  it('finds a full name that acts without a role word', () => {
    assert.deepEqual(names('Ursula von der Leyen a salué l’accord.'), [['Ursula von der Leyen', null]]);
  });

  it('derives a country from a nationality adjective of either gender, or from "de France"', () => {
    assert.equal(countryOf('ministre iranien'), 'Iran');
    assert.equal(countryOf('ministre canadienne de l’Environnement'), 'Canada');
    assert.equal(countryOf('ambassadrice d’Italie en Algérie'), 'Italie');
    assert.equal(countryOf('secrétaire d’État chargé des Transports'), null);
    assert.equal(countryOf(null), null);
  });
});

describe('people who are no participants', () => {
  it('reads no place, body, nationality or programme line as a person', () => {
    assert.deepEqual(names('Le ministre, Ali Reza, a reçu dimanche, à Téhéran, le vice-ministre saoudien.'), [['Ali Reza', 'ministre']]);
    assert.deepEqual(names('A 17h30, le président Français fera une déclaration.'), []);
    assert.deepEqual(names('La délégation visitera le Centre de Transit de Niamey.'), []);
    assert.deepEqual(names('Départ de Niamey pour Agadez'), []);
  });

  it('marks the sender of what a visitor carries as named in passing, not the one who invites in person', () => {
    const inPassing = (text: string) => findMentions(text).map((m) => [m.name, m.inPassing]);
    assert.deepEqual(inPassing('Il a remis un message d’amitié du président portugais, M. Rui Lobo, au chef de l’État.'), [['Rui Lobo', true]]);
    assert.deepEqual(inPassing('Elle a transmis l’invitation du Premier ministre Jean Castex au président.'), [['Jean Castex', true]]);
    assert.deepEqual(inPassing('M. Eide a accepté l’invitation de la ministre Anne Joly à se rendre à Iqaluit.'), [['Eide', false], ['Anne Joly', false]]);
    assert.deepEqual(inPassing('Il a reçu des mains du ministre, M. Abel Koné, venu de loin, une invitation du président Marc Tano.'), [['Abel Koné', false], ['Marc Tano', true]]);
    assert.deepEqual(inPassing('M. Ba est venu à l’invitation de son homologue Awa Sy.'), [['Ba', false], ['Awa Sy', false]]);
  });

  it('marks as named in passing the honoured, the one of an earlier visit and the principal of an envoy', () => {
    const inPassing = (text: string) => findMentions(text).map((m) => [m.name, m.inPassing]);
    assert.deepEqual(inPassing('Le ministre Li Wei a rendu hommage au président Hô Van Minh.'), [['Li Wei', false], ['Hô Van Minh', true]]);
    assert.deepEqual(inPassing('Trois semaines après la visite du président Jean Morel, le ministre Ali Sow a reçu l’ambassadeur.'), [['Jean Morel', true], ['Ali Sow', false]]);
    assert.deepEqual(inPassing('Il a reçu Anne Roy, conseillère diplomatique du président français Marc Lenoir.'), [['Anne Roy', false], ['Marc Lenoir', true]]);
    assert.deepEqual(inPassing('Il a reçu l’envoyé spécial du président, Paul Dia.'), [['Paul Dia', false]]);
    assert.deepEqual(inPassing('L’invitation du président Marc Tano a été remise au ministre.'), [['Marc Tano', true]]);
  });
});

describe('places named after a noun of place', () => {
  it('marks as named in passing the one a newcomer succeeds and a former official in a complement, not a former official who acts', () => {
    const inPassing = (text: string) => findMentions(text).map((m) => [m.name, m.inPassing]);
    assert.deepEqual(inPassing('L’ambassadrice succède à M. Paul Bernier, parti en retraite.'), [['Paul Bernier', true]]);
    assert.deepEqual(inPassing('L’accord a été signé en 2001 par l’ancien président du conseil régional, Marc Roy.'), [['Marc Roy', true]]);
    assert.deepEqual(inPassing('L’ancien conseiller fédéral Jean Muller était de passage à Berne.'), [['Jean Muller', false]]);
    assert.deepEqual(inPassing('L’ancien conseiller fédéral a également rencontré Paul Keller.'), [['Paul Keller', false]]);
    assert.deepEqual(inPassing('Il s’est entretenu avec l’ancien président Jean Dupont.'), [['Jean Dupont', false]], 'someone met');
  });

  it('reads the name after an institution’s "de", after a building’s or a body’s noun, and the one opening a dateline as no person', () => {
    assert.deepEqual(names('Il a visité l’Institut Pasteur de Dà Lat avec le recteur, Lê Minh Tuân.'), [['Lê Minh Tuân', 'recteur']]);
    assert.deepEqual(names('Lâm Dông (VNA) – L’ambassadeur de France, Jean Morel, a visité la province.'), [['Jean Morel', 'ambassadeur de France']]);
    assert.deepEqual(names('Le groupe émirien Gulf Horizon Energy a signé un accord avec le directeur, Paul Sarr.'), [['Paul Sarr', 'directeur']], 'a body named after its noun');
    assert.deepEqual(names('Il a visité l’usine avec Ahmed Benali, directeur du site.'), [['Ahmed Benali', 'directeur du site']], 'not a person after "avec"');
    assert.deepEqual(names('Ahmed Benali, 45 ans, directeur du port, a reçu la délégation.').map(([name]) => name), ['Ahmed Benali'], 'an age is no dateline');
    assert.deepEqual(names('Présent dans quatorze pays, Gulf Horizon Energy exploite des centrales. Hydro-Services International a signé.'), [], 'a company by its words');
  });

  it('reads the name after "la région de", "l’hôtel", "la communauté de communes" as a place', () => {
    assert.deepEqual(names('Les patrouilles dans la région de Western North et à Accra ont repris.'), []);
    assert.deepEqual(names('Un dîner a été offert à l’hôtel Carlton Anosy, où les lauréats ont parlé.'), []);
  });

  it('takes no "et" after a name for a verb that makes it a subject', () => {
    assert.deepEqual(names('La délégation comprenait le directeur du Ghana Cocoa Board, Kofi Mensah, et la conseillère.').map(([n]) => n), ['Kofi Mensah']);
  });
});

describe('names and places of other spellings', () => {
  it('reads a name opening with a capital and an apostrophe, not an elided article', () => {
    assert.deepEqual(names('Le ministre d’État, Yao N’Guessan Dibi, a reçu le maire.').map(([n]) => n), ['Yao N’Guessan Dibi']);
    assert.deepEqual(names('L’Algérie et le Mali ont signé.'), []);
  });

  it('reads a capitalised run after "au", "en", "l’aéroport international de" or a sentence-opening "À" as a place', () => {
    assert.deepEqual(names('Dès son arrivée à l’aéroport international de Nội Bài, le vice-ministre Khamphet Vongsavath s’est rendu au ministère.').map(([n]) => n), ['Khamphet Vongsavath']);
    assert.deepEqual(names('À Đà Nẵng, ils sont attendus au lycée Nguyễn Trãi, établissement pilote du programme.'), []);
    assert.deepEqual(names('Les élus se sont rendus au Grand Sérail, ont-ils indiqué, puis ont quitté la ville.'), []);
  });
});

describe('sovereigns, judges and officers', () => {
  it('reads their titles as roles: "la Grande-Duchesse X", "le juge X", "le général X"', () => {
    assert.deepEqual(names('Ils ont rencontré la Grande-Duchesse Maria Teresa.'), [['Maria Teresa', 'Grande-Duchesse']]);
    assert.deepEqual(names('Il recevra le chef juge Kheshoe Matadeen et le général Paul Diouf.'), [['Kheshoe Matadeen', 'juge'], ['Paul Diouf', 'général']]);
  });

  it('reads no noun of address nor region alone as a name: "Sa Majesté, le Roi X", "le Conseiller Afrique"', () => {
    assert.deepEqual(names('Sa Majesté, le Roi Albert Kanza, est arrivé.').map(([n]) => n), ['Albert Kanza']);
    assert.deepEqual(names('Le séjour du Conseiller Afrique du président a été évoqué.'), []);
  });

  it('reads "la Speaker X" as a role and a name', () => {
    assert.deepEqual(names('Il verra la Speaker Anne Boolell.'), [['Anne Boolell', 'Speaker']]);
  });
});
