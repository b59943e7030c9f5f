import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindsOf, recordOf } from '../helpers.js';

const kinds = (text: string, file = 'essai.txt') => kindsOf(recordOf(text, file));
/** A record written as its paragraphs. */
const recordOfParagraphs = (...paragraphs: string[]) => recordOf(paragraphs.join('\n\n'));

describe('segment', () => {
  it('puts a lead-in ending with a colon and its short items in the agenda', () => {
    assert.deepEqual(
      kinds('Le ministre belge, Marc Dupont, est arrivé lundi.\n\nLa visite comprend :\n\nUne conférence,\n\nUne réception.'),
      ['participants', 'agenda', 'agenda', 'agenda'],
    );
  });

  it('gives the items the kind their lead-in announces: who took part, or what was discussed', () => {
    assert.deepEqual(kinds('Étaient présents :\n\n- Marc Dupont, ministre belge,\n- Anne Roy, ambassadrice de France.'), ['participants', 'participants']);
    assert.deepEqual(kinds('Les sujets suivants ont été abordés :\n\nla sécurité,\n\nle commerce.'), ['topics', 'topics', 'topics']);
  });

  it('reads lines that open with a day or time as a programme, with the title above them', () => {
    assert.deepEqual(
      kinds('La ministre suisse, Anne Keller, arrive lundi à Tunis.\n\nDéroulé\n\nLundi 10 h : accueil au palais.\n\n14h30 – visite du port.\n\nJour 2 : table ronde.\n\nLa visite est la première depuis 2019.'),
      ['participants', 'agenda', 'agenda', 'agenda', 'agenda', 'context'],
    );
    // A day followed by a comma starts a sentence, not a programme line.
    assert.deepEqual(kinds('La ministre suisse, Anne Keller, a reçu lundi son homologue.\n\nMardi, les entretiens ont porté sur l’eau, l’énergie et la santé.'), ['participants', 'topics']);
  });

  it('ends a programme at a long sentence opened by its subject, even with a verb the cues do not know', () => {
    const record = recordOf('La ministre suisse, Anne Keller, arrive lundi à Tunis.\n\nDéroulé\n\nLundi 10 h : accueil au palais.\n\n14h30 – visite du port.\n\nUn accord de trois ans\n\nL’accord signé mardi prévoit des bourses pour les étudiants, un stage commun pour les jeunes chercheurs des deux pays ainsi que le partage des données.');
    assert.deepEqual(record.decisions.map((d) => d.rule).slice(4), ['title-heads-section', 'programme-announced']);
  });

  it('reads what heads of state or governments commit to together as what was discussed', () => {
    assert.deepEqual(kinds('Le président malien, Ali Diarra, a reçu son homologue nigérien, Moussa Kané.\n\nLes deux chefs d’État se sont engagés à relancer le corridor routier.'), ['participants', 'topics']);
  });

  it('gives a title over prose the kind of the section under it, the first too in a document of titles', () => {
    assert.deepEqual(
      kinds('## Participants\n\nLa ministre suisse, Anne Keller, a reçu son homologue tunisien, Ali Ben Salah.\n\n## Échanges\n\nLes deux parties ont évoqué l’eau, l’énergie et la santé.\n\n## Suite\n\nLa délégation visitera le port de Bizerte.', 'essai.md'),
      ['participants', 'participants', 'topics', 'topics', 'agenda', 'agenda'],
    );
    // One short line over a report is its headline: framing.
    assert.deepEqual(kinds('Coopération helvéto-tunisienne\n\nLa ministre suisse, Anne Keller, a reçu son homologue tunisien, Ali Ben Salah.'), ['context', 'participants']);
  });

  it('reads the moves of the visit told in the past as the programme, unless someone is quoted', () => {
    const intro = 'Le ministre portugais, Pedro Reis, a été reçu lundi par le ministre marocain, Ryad Mezzour.\n\n';
    assert.deepEqual(kinds(`${intro}Au cours de sa visite, M. Reis s’est rendu au port de Tanger Med.`), ['participants', 'agenda']);
    assert.deepEqual(kinds(`${intro}M. Reis a visité l’usine, où il a déclaré que « le Maroc est un partenaire clé ».`), ['participants', 'participants']);
  });

  it('reads what both sides state together as topics, and a statement to the press as framing', () => {
    const intro = 'Le ministre algérien, Mohamed Arkab, a reçu l’ambassadrice américaine, Elizabeth Aubin.\n\n';
    assert.deepEqual(kinds(`${intro}Les deux parties ont souligné l’importance de la coopération énergétique.`), ['participants', 'topics']);
    assert.deepEqual(kinds(`${intro}Les deux responsables ont fait une déclaration à la presse.`), ['participants', 'context']);
    // A numbered point of a joint communiqué, feminine agreement, a signing.
    assert.deepEqual(kinds(`${intro}4. Les deux parties se sont félicitées de la qualité de leurs échanges.`), ['participants', 'topics']);
    assert.deepEqual(kinds(`${intro}Les deux parties ont procédé à la signature d’un accord sur l’eau.`), ['participants', 'topics']);
  });

  it('reads one person or one side acting as participants, even unnamed; "était lundi à" is the visit, not its past', () => {
    assert.deepEqual(
      kinds('Le chef de la diplomatie française s’est entretenu par téléphone avec son homologue égyptien.\n\nLes deux ministres ont évoqué la situation à Gaza et au Soudan.'),
      ['participants', 'topics'],
    );
    assert.deepEqual(kinds('Le ministre belge de la Défense, Theo Francken, était lundi à Varsovie.\n\nEn 2019, le ministre belge était venu à Cracovie.'), ['participants', 'context']);
    // "était accompagné de…" says who makes up the visit: its people take part.
    const record = recordOf('Le ministre belge de la Défense, Theo Francken, était lundi à Varsovie.\n\nLe ministre était accompagné du chef d’état-major, M. Marc Compernol, et de l’ambassadeur, Mme Anne Leclercq.');
    assert.deepEqual(record.decisions.map((d) => d.kind), ['participants', 'participants']);
    assert.deepEqual(record.participants.map((p) => p.name), ['Theo Francken', 'Marc Compernol', 'Anne Leclercq']);
  });

  it('reads a list of concerns or priorities put to the meeting as its subjects', () => {
    const record = recordOfParagraphs(
      'La ministre de l’Eau, Awa Sy, a reçu la Coalition pour l’eau.',
      'La Coalition a présenté à la ministre ses principales préoccupations :',
      '• l’accès à l’eau potable dans les villages ;',
      '• la tarification sociale de l’eau.',
    );
    assert.deepEqual(record.decisions.map((d) => d.kind), ['participants', 'topics', 'topics', 'topics']);
    assert.deepEqual(record.topics.map((t) => t.text), ['accès à l’eau potable dans les villages', 'tarification sociale de l’eau']);
  });

  it('keeps timed lines that name whom the visitors meet in the programme, under a day heading', () => {
    const record = recordOfParagraphs(
      'La ministre canadienne, Anne Roy, conduit une mission à Abidjan.',
      'JEUDI 4 AVRIL',
      '10h-11h : Séance de travail avec la directrice du port, Mme Awa Koné',
      '19h : Réception offerte par l’ambassadeur du Canada, M. Paul Tremblay',
    );
    assert.deepEqual(record.decisions.map((d) => d.kind), ['participants', 'agenda', 'agenda', 'agenda']);
  });

  it('reads who will make up the delegation or take part in the talks as participants, not as the programme', () => {
    const record = recordOfParagraphs(
      'Le président ghanéen, Kofi Mensah, effectuera jeudi une visite au Bénin.',
      'La délégation ghanéenne comprendra notamment Mme Ama Owusu, ministre des Affaires étrangères, et M. Yaw Boateng, ministre de l’Énergie.',
      'Aux côtés du chef de l’État béninois prendront part aux entretiens M. Paul Houngbo, ministre des Affaires étrangères.',
    );
    assert.deepEqual(kindsOf(record), ['participants', 'participants', 'participants']);
    assert.deepEqual(record.agenda, []);
  });

  it('reads an attendees sentence as participants, even when it names no one', () => {
    assert.deepEqual(
      kinds('Le ministre malien, Amadou Keita, a reçu l’ambassadeur du Canada.\n\nÉtaient présents à cette audience des cadres du ministère et le conseiller de l’ambassade.'),
      ['participants', 'participants'],
    );
  });

  it('reads the present-tense frame of a visit, once its people are known, as context', () => {
    assert.deepEqual(
      kinds('Le ministre chinois, Wang Yi, a reçu son homologue brésilien, Mauro Vieira.\n\nM. Vieira effectue une visite en Chine du 11 au 14 mai.'),
      ['participants', 'context'],
    );
    // The same verb in the paragraph that introduces the visitor keeps it among the participants.
    assert.deepEqual(kinds('Le ministre brésilien, Mauro Vieira, effectue une visite en Chine du 11 au 14 mai.\n\nIl a rencontré des étudiants.'), ['participants', 'participants']);
  });

  it('keeps "à l’invitation de" as background, not an invitation', () => {
    assert.deepEqual(kinds('Cette visite intervient à l’invitation du gouvernement sénégalais.\n\nLa rencontre a eu lieu au siège du ministère.'), ['context', 'context']);
  });

  it('sees an invitation in the middle of a text, by the passive too', () => {
    assert.deepEqual(
      kinds('La ministre suisse, Anne Keller, a reçu son homologue tunisien, Ali Ben Salah.\n\nM. Ben Salah a été invité à participer au forum de Genève.\n\nLes deux parties ont évoqué l’eau, l’énergie et la santé.'),
      ['participants', 'invitation', 'topics'],
    );
  });

  it('does not read a future told in reported speech as a programme', () => {
    assert.deepEqual(
      kinds('Le ministre malien, Ousmane Diarra, a reçu la délégation.\n\nIl a ajouté que son pays participera au sommet de Dakar.'),
      ['participants', 'participants'],
    );
  });

  it('reads a programme told in the future tense', () => {
    assert.deepEqual(
      kinds('La présidente estonienne, Alar Karis, a reçu le ministre.\n\nLa délégation visitera mercredi le port de Tallinn et rencontrera des étudiants.'),
      ['participants', 'agenda'],
    );
  });

  it('takes a short first line without a period for a headline, in context', () => {
    assert.deepEqual(
      kinds('Le Sénégal et la Gambie renforcent leur coopération\n\nLe ministre sénégalais, Cheikh Diba, a reçu son homologue gambien, Seedy Keita.'),
      ['context', 'participants'],
    );
  });

  it('attaches a follow-up to the person it refers back to', () => {
    assert.deepEqual(
      kinds('La ministre française, Claire Martin, a reçu son homologue.\n\nPour sa part, elle a salué un partenariat ancien.\n\nSelon elle, les échanges vont croître.'),
      ['participants', 'participants', 'participants'],
    );
  });

  it('puts a bulleted markdown list without lead-in in the agenda', () => {
    assert.deepEqual(kinds('Le ministre, Paul Roy, arrive mardi.\n\n- visite du port\n- dîner officiel\n', 'essai.md'), ['participants', 'agenda', 'agenda']);
  });

  it('places every paragraph in exactly one section', () => {
    const record = recordOf('Un.\n\nDeux : trois.\n\nQuatre, cinq et six.\n\n---\n');
    const placed = record.sections.flatMap((s) => s.paragraphs).sort();
    assert.deepEqual(placed, record.paragraphs.map((p) => p.n));
  });
  it('reads agreements signed as topics, and a list of people under any lead-in as participants', () => {
    const intro = 'Le ministre belge, Marc Lambert, a reçu son homologue marocain, Ali Tazi.\n\n';
    assert.deepEqual(kinds(`${intro}À l’issue des entretiens, les deux ministres ont signé :\n\n– un accord sur la pêche ;\n\n– un mémorandum sur la formation.`), ['participants', 'topics', 'topics', 'topics']);
    assert.deepEqual(kinds(`${intro}Le ministre a ensuite reçu :\n\n· Son Excellence Jean Roy, ambassadeur du Canada ;\n\n· Mme Awa Sy, ministre de la Santé.`), ['participants', 'participants', 'participants', 'participants']);
  });
});
