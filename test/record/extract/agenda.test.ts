import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programmeOf } from '../../../src/record/extract/agenda.js';
import { kindsOf, recordOf } from '../../helpers.js';

const agenda = (text: string, file = 'essai.txt') => recordOf(text, file).agenda.map((a) => a.text);
/** The items of a record written as paragraphs, each with its paragraph's number. */
const itemsByParagraph = (paragraphs: readonly string[]) => recordOf(paragraphs.join('\n\n')).agenda.map((item) => [item.paragraph, item.text]);

describe('agenda', () => {
  it('cleans items: no trailing comma, no leading "Et", no lead-in', () => {
    assert.deepEqual(agenda('Au programme de la visite :\n\nUne conférence à Lyon,\n\nUn dîner officiel,\n\nEt une visite du port.'), [
      'Une conférence à Lyon', 'Un dîner officiel', 'une visite du port',
    ]);
  });

  it('reads one item a line from a bulleted block of a .txt', () => {
    assert.deepEqual(agenda('Le ministre visitera Lyon.\n\nProgramme :\n- 9 h : accueil ;\n- 10 h : table ronde.'), ['Le ministre visitera Lyon', '9 h : accueil', '10 h : table ronde']);
  });

  it('cuts a move at ", où elle visitera…" and at ", puis à…"', () => {
    assert.deepEqual(programmeOf('La ministre se rendra ensuite à Parakou, où elle visitera l’hôpital, puis à Natitingou.'), [
      'La ministre se rendra ensuite à Parakou', 'visitera l’hôpital', 'à Natitingou',
    ]);
  });

  it('reads how a visit will end as a move: "sa visite s’achèvera par…"', () => {
    assert.deepEqual(programmeOf('Sa visite s’achèvera par une rencontre avec la communauté béninoise.'), ['Sa visite s’achèvera par une rencontre avec la communauté béninoise']);
  });

  it('cuts a move at ", avant une…": an event after it', () => {
    assert.deepEqual(programmeOf('Il sera ensuite reçu par le président, avant une conférence de presse à la Primature.'), ['sera ensuite reçu par le président', 'une conférence de presse à la Primature']);
  });

  it('cuts a future-tense sentence at each new move', () => {
    assert.deepEqual(programmeOf('Il visitera une usine, prononcera un discours et se rendra ensuite à Oran.'), [
      'visitera une usine', 'prononcera un discours', 'se rendra ensuite à Oran',
    ]);
  });

  it('starts an item at the subject of its clause, unless it is a pronoun, a long phrase or a clause', () => {
    assert.deepEqual(programmeOf('Le lendemain, les deux présidents animeront un point de presse.'), ['les deux présidents animeront un point de presse']);
    assert.deepEqual(programmeOf('Dans l’après-midi, où elle visitera une ferme.'), ['visitera une ferme']);
    assert.deepEqual(programmeOf('Le ministre, qui arrive de Rome, visitera le port.'), ['visitera le port']);
  });

  it('reads "fera une halte", "prendra part à", "aura un entretien avec" as moves, not any "aura"', () => {
    assert.deepEqual(programmeOf('La délégation fera une halte à Tozeur, aura un entretien avec le gouverneur et prendra part à un dîner.'), [
      'La délégation fera une halte à Tozeur', 'aura un entretien avec le gouverneur', 'prendra part à un dîner',
    ]);
    assert.deepEqual(programmeOf('Cette visite aura permis de renforcer les liens.'), []);
  });

  it('keeps a purpose ("afin de visiter…") in its move; "avant de" starts the next one', () => {
    assert.deepEqual(programmeOf('Ils feront une halte à Gand afin de visiter une exposition, avant de rencontrer le maire.'), [
      'feront une halte à Gand afin de visiter une exposition', 'rencontrer le maire',
    ]);
  });

  it('reads the items standing before "sont au programme", and an event before the move that follows it', () => {
    assert.deepEqual(programmeOf('Un forum des jeunes, une visite du port et un dîner sont, entre autres, au programme.'), [
      'Un forum des jeunes', 'une visite du port', 'un dîner',
    ]);
    assert.deepEqual(programmeOf('Après un déjeuner offert par le maire, la ministre visitera le port.'), [
      'un déjeuner offert par le maire', 'la ministre visitera le port',
    ]);
  });

  it('goes on with a chain "avant d’avoir … et de faire …", and reads "rendra une visite" as a move', () => {
    assert.deepEqual(programmeOf('Il rencontrera le maire, avant d’avoir une séance de travail et de faire une déclaration.'), [
      'rencontrera le maire', 'avoir une séance de travail', 'faire une déclaration',
    ]);
    assert.deepEqual(programmeOf('Elle rendra une visite de courtoisie au président.'), ['rendra une visite de courtoisie au président']);
  });

  it('keeps only the first who welcomes in a welcome', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre française, Anne Roy, se rendra lundi à Kara.',
      'Elle sera accueillie à l’aéroport par le préfet, M. Essowè KODJO, et par la maire, Mme Ama SOSSOU.',
      'Elle sera ensuite reçue par le gouverneur, Paul Ayi, le ministre des Mines, Yao Dzidzo, et des élus.',
    ]), [[2, 'sera accueillie à l’aéroport par le préfet, M. Essowè KODJO'], [3, 'sera ensuite reçue par le gouverneur, Paul Ayi']]);
  });

  it('leaves out who attends with their name after a comma, or who comes along', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre française, Anne Roy, est arrivée lundi à Kara.',
      'Elle a ensuite inauguré une salle informatique, en présence du proviseur, M. Kossi ADJO.',
      'Elle a ensuite visité le marché en compagnie du maire, Mme Ama SOSSOU.',
    ]), [[2, 'a ensuite inauguré une salle informatique'], [3, 'a ensuite visité le marché']]);
  });

  it('leaves who attends or invites out of an item of prose, not out of a line of a list', () => {
    assert.deepEqual(agenda('La ministre belge, Anne Roy, est à Lyon.\n\nElle visitera le port en présence du maire Paul Ouellet.'), ['visitera le port']);
    assert.deepEqual(agenda('Programme :\n- 10 h : accueil au port en présence du maire'), ['10 h : accueil au port en présence du maire']);
    assert.deepEqual(agenda('La ministre belge, Anne Roy, est à Dakar.\n\nElle recevra des visites de courtoisie à l’hôtel, notamment le chef juge Ali Diop et la Speaker Awa Sy.'), ['recevra des visites de courtoisie à l’hôtel']);
  });

  it('starts a noun item at a possessive too, and goes on through "et de la"', () => {
    assert.deepEqual(programmeOf('Au programme : la visite du port, sa présence au dîner et une rencontre avec les élus de l’opposition et de la majorité.'), [
      'la visite du port', 'sa présence au dîner', 'une rencontre avec les élus de l’opposition et de la majorité',
    ]);
  });

  it('reads a visitor to be received, and what was due to happen ("devaient ensuite rejoindre")', () => {
    assert.deepEqual(programmeOf('Les députés seront reçus jeudi par le Premier ministre.'), ['Les députés seront reçus jeudi par le Premier ministre']);
    assert.deepEqual(programmeOf('Les ministres devaient ensuite rejoindre la séance plénière.'), ['Les ministres devaient ensuite rejoindre la séance plénière']);
  });

  it('cuts a run of infinitives after "doit", and the places one visit names in a row of three or more', () => {
    assert.deepEqual(programmeOf('Il doit également s’entretenir avec le maire, rencontrer la diaspora et visiter le port.'), [
      'doit également s’entretenir avec le maire', 'rencontrer la diaspora', 'visiter le port',
    ]);
    assert.deepEqual(programmeOf('La ministre visitera l’académie militaire, le centre de formation et l’hôpital militaire.'), [
      'La ministre visitera l’académie militaire', 'le centre de formation', 'l’hôpital militaire',
    ]);
    // Two places, or people met, stay one move; a noun "visites" is no verb.
    assert.deepEqual(programmeOf('Elle visitera le port et la gare.'), ['visitera le port et la gare']);
    assert.deepEqual(programmeOf('Il rencontrera le maire, le préfet et le recteur.'), ['rencontrera le maire, le préfet et le recteur']);
  });

  it('reads "doit être reçu par" as a move, and "s’est arrêtée au …" as a step of the visit', () => {
    assert.deepEqual(programmeOf('Il doit également être reçu par le président du Sénat.'), ['doit également être reçu par le président du Sénat']);
    assert.deepEqual(kindsOf(recordOf('La ministre haïtienne, Anne Roy, a visité lundi l’hôpital de Jacmel.\n\nEn début d’après-midi, la ministre s’est arrêtée au centre de santé de Limonade.')), ['participants', 'agenda']);
  });

  it('cuts a programme of bare nouns after a colon at its commas and "puis"', () => {
    assert.deepEqual(agenda('Le président Marc Ado reçoit lundi cinq ambassadeurs.\n\nAu programme de la cérémonie : honneurs militaires, remise des lettres de créance, signature du livre d’or puis photo officielle.'), [
      'honneurs militaires', 'remise des lettres de créance', 'signature du livre d’or', 'photo officielle',
    ]);
  });

  it('reads an event planned as one item, with what stands before "est prévu"', () => {
    assert.deepEqual(programmeOf('Samedi soir un concert de gala est prévu au théâtre municipal, à Ouidah.'), ['Samedi soir un concert de gala est prévu au théâtre municipal, à Ouidah']);
    assert.deepEqual(programmeOf('Leur départ est prévu pour dimanche midi.'), ['Leur départ est prévu pour dimanche midi']);
    assert.deepEqual(programmeOf('Il est prévu que la ministre visite le dispensaire.'), ['la ministre visite le dispensaire']);
  });

  it('reads a line opening with a capitalised word after "par :" as an item, not a person ("Présentation des…")', () => {
    assert.deepEqual(agenda([
      'Programme de la visite :', '- Accueil de la délégation par :', '- M. Paul Adjovi, ministre des Transports ;', '- Présentation des projets du port',
    ].join('\n\n')), ['Accueil de la délégation par', 'Présentation des projets du port']);
  });

  it('reads "Accueil … par :" as one item and the people it announces as none', () => {
    assert.deepEqual(agenda([
      'Programme de la visite :', '- 10h : Arrivée au port de Cotonou', '- Accueil de la délégation par :',
      '-M. Paul Adjovi, ministre des Transports ;', '- Le Préfet du Littoral ;', '- Awa Sossou, directrice du port ;',
      '- 11h : Visite des quais',
    ].join('\n\n')), ['10h : Arrivée au port de Cotonou', 'Accueil de la délégation par', '11h : Visite des quais']);
  });

  it('reads the nouns after "sont également prévus"', () => {
    assert.deepEqual(programmeOf('Sont également prévus une visite du port et un entretien avec le maire.'), ['une visite du port', 'un entretien avec le maire']);
  });

  it('keeps the paragraph of each item', () => {
    const record = recordOf('Au programme :\n\nUne conférence,\n\nUn dîner.');
    assert.deepEqual(record.agenda.map((a) => a.paragraph), [2, 3]);
  });
});

describe('programme steps told outside the programme', () => {
  it('reads the visit told step by step in a speaker’s paragraph, not the opening that says who met whom', () => {
    assert.deepEqual(itemsByParagraph([
      'Le ministre belge de l’Économie, Marc Lambert, qui est arrivé lundi à Rabat, a rencontré son homologue marocain, Ali Tazi.',
      'M. Lambert a ensuite visité la zone franche de Tanger, puis il a salué la qualité du port.',
      'Il a également rencontré des représentants du patronat marocain.',
    ]), [
      [2, 'a ensuite visité la zone franche de Tanger, puis il a salué la qualité du port'],
      [3, 'a également rencontré des représentants du patronat marocain'],
    ]);
  });

  it('reads a step that says it follows another even where a newcomer is introduced, without a time measured from another event', () => {
    assert.deepEqual(itemsByParagraph([
      'Visite du ministre malien à Dakar',
      'La ministre sénégalaise, Awa Sy, a reçu lundi son homologue malien, Jean Traoré.',
      'Jean Traoré, qui connaît bien la ville, s’exprimait après un entretien avec le maire, Luc Ba. Il a ensuite rencontré le Premier ministre, Omar Fall, deux jours après son arrivée.',
    ]), [[3, 'a ensuite rencontré le Premier ministre, Omar Fall']]);
  });
});

describe('steps told in the past', () => {
  it('reads no move in "se sont poursuivies aujourd’hui" or "autour de"', () => {
    assert.deepEqual(programmeOf('Les discussions se sont poursuivies aujourd’hui à Rabat.'), []);
  });

  it('reads "la visite s’est poursuivie au…" as a step, not "se sont poursuivis à huis clos"', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre française, Anne Roy, est arrivée lundi à Kara.',
      'La visite s’est poursuivie au laboratoire de chimie. Les travaux, qui se sont poursuivis à huis clos, ont été longs.',
    ]), [[2, 's’est poursuivie au laboratoire de chimie']]);
  });

  it('reads a presentation followed as a step ("la délégation a suivi une présentation de…")', () => {
    assert.deepEqual(programmeOf('La délégation a suivi une présentation du port par son directeur.'), ['a suivi une présentation du port par son directeur']);
  });

  it('reads a welcome with a time between the verb and its "par"', () => {
    assert.deepEqual(programmeOf('Elle a été reçue en fin de matinée par le président de la République.'), ['a été reçue en fin de matinée par le président de la République']);
  });

  it('reads a meal before a step ("Après un déjeuner…, il a présidé…") and "a présidé" as steps', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre française, Anne Roy, est arrivée lundi à Kara.',
      'Après un déjeuner avec les maires du canton, elle a présidé une table ronde sur la santé.',
    ]), [[2, 'un déjeuner avec les maires du canton'], [2, 'a présidé une table ronde sur la santé']]);
  });

  it('reads a meal shared as a step, and the event after it', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre française, Anne Roy, est arrivée lundi à Kara.',
      'Les deux délégations ont ensuite partagé un déjeuner au restaurant du port, avant une rencontre avec les pêcheurs.',
    ]), [[2, 'ont ensuite partagé un déjeuner au restaurant du port'], [2, 'une rencontre avec les pêcheurs']]);
  });

  it('reads every kind of past step in the programme’s own paragraphs ("a été reçu en audience par…")', () => {
    assert.deepEqual(programmeOf('M. Ba a été reçu en audience par le Premier ministre, auquel il a remis un message.'), ['a été reçu en audience par le Premier ministre']);
  });

  it('reads no step in who attended the meeting itself ("ont pris part à la rencontre")', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre belge, Anne Roy, est arrivée lundi à Kara.',
      'Les maires adjoints ont pris part à la rencontre. Elle a ensuite pris part à la cérémonie de clôture du festival.',
    ]), [[2, 'a ensuite pris part à la cérémonie de clôture du festival']]);
  });

  it('reads the steps of a paragraph that also quotes someone, not the quoted sentence', () => {
    assert.deepEqual(itemsByParagraph([
      'La ministre belge, Anne Roy, est arrivée lundi à Beyrouth.',
      'Dans l’après-midi, elle s’est entretenue avec le Premier ministre, Sami Haddad. « Nous allons visiter le port », a-t-elle dit.',
    ]), [[2, 's’est entretenue avec le Premier ministre, Sami Haddad']]);
  });

  it('cuts past steps at "où il a visité", "avant de rencontrer" and ", puis à", and ends a step at a relative clause that tells no step', () => {
    assert.deepEqual(programmeOf('Le ministre s’est rendu au dispensaire de Kandi, où il a inauguré une maternité, puis à l’école normale, avant de rencontrer les élus.'), [
      's’est rendu au dispensaire de Kandi', 'inauguré une maternité', 'à l’école normale', 'rencontrer les élus',
    ]);
    assert.deepEqual(programmeOf('La délégation s’est ensuite rendue au marché de Parakou, où le ministre s’est enquis des prix.'), ['s’est ensuite rendue au marché de Parakou']);
    assert.deepEqual(programmeOf('Le ministre s’est ensuite rendu à la primature, auquel il a remis une lettre.'), ['s’est ensuite rendu à la primature']);
    assert.deepEqual(programmeOf('La visite s’est achevée par une halte au jardin botanique, où la ministre s’est fait présenter les semences.'), ['une halte au jardin botanique']);
    assert.deepEqual(itemsByParagraph([
      'La ministre française, Anne Roy, est arrivée lundi à Kara.',
      'Elle a été reçue par le préfet, M. Essowè KODJO, qui lui a présenté les projets de la région.',
    ]), [[2, 'a été reçue par le préfet, M. Essowè KODJO']]);
  });

  it('cuts a run of past steps at "et" before a participle and at "ainsi que"', () => {
    const steps = agenda('La ministre belge, Anne Roy, a reçu lundi à Québec le maire de Lévis, Paul Ouellet.\n\nLa délégation a également rencontré le préfet, et visité le port ainsi que la coopérative de Lévis.');
    assert.deepEqual(steps, ['a également rencontré le préfet', 'visité le port', 'la coopérative de Lévis']);
  });
});
