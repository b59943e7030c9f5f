import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanTopic, enumerationOf } from '../../../src/record/extract/enumeration.js';
import { recordOf } from '../../helpers.js';

describe('topics', () => {
  it('lists the items of "dans les domaines de A, B et C" without their articles', () => {
    assert.deepEqual(
      enumerationOf('Les deux parties ont souhaité coopérer dans les domaines de l’agriculture, de la pêche et du tourisme.'),
      ['agriculture', 'pêche', 'tourisme'],
    );
  });

  it('starts the list after the latest opener: a topic verb, "notamment", a colon', () => {
    assert.deepEqual(enumerationOf('Ils ont abordé plusieurs sujets, notamment la sécurité et le commerce.'), ['sécurité', 'commerce']);
    assert.deepEqual(enumerationOf('Parmi les thèmes : l’eau, les routes, et la santé.'), ['eau', 'routes', 'santé']);
  });

  it('does not split an "et" inside an item when the items are not partitive', () => {
    assert.deepEqual(
      enumerationOf('Les entretiens ont porté sur la recherche et développement, la formation des enseignants et la mobilité.'),
      ['recherche et développement', 'formation des enseignants', 'mobilité'],
    );
  });

  it('reads the subjects standing before a topic verb in the passive, unless the verb opens the list', () => {
    assert.deepEqual(enumerationOf('La réforme du port franc, tout comme le tracé de la route côtière, ont également été évoqués.'), ['réforme du port franc', 'tracé de la route côtière']);
    assert.deepEqual(enumerationOf('Selon le communiqué, la pêche et le climat ont été longuement abordés.'), ['pêche', 'climat']);
    assert.deepEqual(enumerationOf('De nombreux dossiers ont été examinés, dont le fret et les visas.'), ['fret', 'visas']);
  });

  it('reads each coordinated clause on its own: "ont abordé A et ont échangé leurs points de vue sur B"', () => {
    assert.deepEqual(
      enumerationOf('Les délégations ont abordé des questions de fiscalité et ont échangé leurs points de vue sur la réforme du code minier.'),
      ['questions de fiscalité', 'réforme du code minier'],
    );
    assert.deepEqual(enumerationOf('Ils ont évoqué la pêche et ont convenu de se revoir.'), ['pêche']);
  });

  it('keeps the subject that "notamment" gives examples of, unless it only says there were subjects', () => {
    assert.deepEqual(enumerationOf('Ils ont évoqué la coopération portuaire, notamment le dragage et les quais.'), ['coopération portuaire', 'dragage', 'quais']);
    assert.deepEqual(enumerationOf('Ils ont évoqué plusieurs dossiers, notamment le dragage et les quais.'), ['dragage', 'quais']);
  });

  it('reads "au centre de l’entretien :" and "les questions relatives à A, à B et aux C"', () => {
    assert.deepEqual(enumerationOf('Au centre de l’entretien : la relance du fret et le corridor routier.'), ['relance du fret', 'corridor routier']);
    assert.deepEqual(enumerationOf('Ils ont passé en revue les questions relatives à la pêche, à la transhumance et aux visas.'), ['pêche', 'transhumance', 'visas']);
  });

  it('reads what both sides stress or welcome together, and what one of them pleads for, proposes or thanks for', () => {
    assert.deepEqual(enumerationOf('Les deux parties ont souligné l’importance de la pêche et des mines.'), ['pêche', 'mines']);
    assert.deepEqual(enumerationOf('Elles se sont félicitées de l’ouverture du pont.'), ['ouverture du pont']);
    assert.deepEqual(recordOf('La ministre belge, Anne Roy, a reçu le maire de Lévis, Paul Ouellet.\n\nLe maire a plaidé pour un assouplissement des visas.').topics, [{ text: 'assouplissement des visas', paragraph: 2 }]);
    assert.deepEqual(enumerationOf('Le maire a, pour sa part, présenté les priorités de sa ville : le marché couvert, la voirie et l’éclairage.'), ['marché couvert', 'voirie', 'éclairage']);
    assert.deepEqual(enumerationOf('Le recteur a remercié la région pour la rénovation de la bibliothèque.'), ['rénovation de la bibliothèque']);
    assert.deepEqual(enumerationOf('Elle a plaidé pour « un dialogue sans tabou ».'), ['dialogue sans tabou']);
  });

  it('reads a plea after "a, pour sa part,", and no topic verb in "aux abords de"', () => {
    const record = recordOf('La ministre belge, Anne Roy, a reçu le maire de Lévis, Paul Ouellet.\n\nLe maire a, pour sa part, plaidé pour la réfection du port et la sécurité aux abords de la gare.');
    assert.deepEqual(record.topics.map((t) => t.text), ['réfection du port', 'sécurité aux abords de la gare']);
  });

  it('reads a plea after "d’abord", a presentation "à son hôte", a request "a sollicité", not a count of what comes later', () => {
    const record = recordOf([
      'La ministre belge, Anne Roy, a reçu le maire de Lévis, Paul Ouellet.',
      'Le maire a d’abord présenté à son hôte les priorités de la ville : la voirie et le port.',
      'Il a ensuite sollicité la rénovation de la gare.',
      'La ministre a présenté les trois priorités de son gouvernement.',
    ].join('\n\n'));
    assert.deepEqual(record.topics.map((t) => t.text), ['voirie', 'port', 'rénovation de la gare']);
  });

  it('reads no subject in thanks for a quality, nor in credentials presented', () => {
    assert.deepEqual(enumerationOf('Le maire a remercié les habitants pour leur accueil.'), []);
    assert.deepEqual(enumerationOf('L’ambassadeur a présenté lundi à Lomé ses lettres de créance au chef de l’État.'), []);
  });

  it('reads what the sides agreed on, and no list after a participle "signée"', () => {
    assert.deepEqual(enumerationOf('Les deux parties se sont accordées sur la création d’un groupe de travail et sur un échange d’étudiants.'), ['création d’un groupe de travail', 'échange d’étudiants']);
    assert.deepEqual(enumerationOf('Ils ont passé en revue l’entente signée en 2021 et la reconnaissance des diplômes.'), ['entente signée en 2021', 'reconnaissance des diplômes']);
  });

  it('ends a list where the sentence’s verb comes after it, or its purpose', () => {
    assert.deepEqual(enumerationOf('Un atelier centré sur le recyclage, le compostage, sont, entre autres, au programme.'), ['recyclage', 'compostage']);
    assert.deepEqual(enumerationOf('Ils ont évoqué la santé et l’école, pour améliorer la vie des familles.'), ['santé', 'école']);
  });

  it('reads a subject taken stock of in the passive, without the dateline or a time incise before the verb', () => {
    assert.deepEqual(enumerationOf('Lomé, 3 mai 2024 (ATOP).- Le bilan de la coopération douanière, après la visite du ministre, a été évalué jeudi à Lomé.'), ['bilan de la coopération douanière']);
    assert.deepEqual(recordOf('Le ministre togolais, Kodjo Adjo, a reçu son homologue ghanéen, Kwame Mensah.\n\nLomé, 3 mai 2024 (ATOP).- L’état de la coopération douanière a été diagnostiqué jeudi à Lomé.').topics, [{ text: 'état de la coopération douanière', paragraph: 2 }]);
  });

  it('reads the subjects of "a échangé avec X, sur"', () => {
    assert.deepEqual(enumerationOf('Il a échangé avec le maire, Mme Awa SOW, sur la voirie et le marché couvert.'), ['voirie', 'marché couvert']);
    assert.deepEqual(enumerationOf('Elle s’entretiendra avec des chefs d’entreprise sur les perspectives du port.'), ['perspectives du port']);
  });

  it('reads no plea inside a word ("projet présenté…"), no "sur" past another move, no dash inside a passive subject for a dateline', () => {
    assert.deepEqual(enumerationOf('Ils ont évoqué le port, le rail et le projet présenté le mois dernier.'), ['port', 'rail', 'projet présenté le mois dernier']);
    assert.deepEqual(enumerationOf('Il s’est entretenu avec les habitants avant de se rendre sur le site de la centrale.'), []);
    assert.deepEqual(enumerationOf('Les relations Maroc - UE ont été évoquées.'), ['relations Maroc - UE']);
  });

  it('reads the subjects of "s’entretenir sur"', () => {
    assert.deepEqual(enumerationOf('La séance a permis de s’entretenir sur le suivi des projets et les moyens de les financer.'), ['suivi des projets', 'moyens de les financer']);
    assert.deepEqual(enumerationOf('Les deux maires se sont longuement entretenus sur le jumelage.'), ['jumelage']);
  });

  it('keeps a bare complement with its "et de" ("des relations d’amitié et de coopération"), without the relative clause after it', () => {
    assert.deepEqual(enumerationOf('Ils ont fait le point sur des liens d’amitié et de solidarité qui unissent les deux villes depuis 1990.'), ['liens d’amitié et de solidarité']);
    assert.deepEqual(enumerationOf('Ils ont évoqué la situation qui prévaut dans la région.'), ['situation qui prévaut dans la région'], 'a head of one noun keeps its clause');
  });

  it('keeps two actions sharing one complement whole, but not in a list that repeats "de"', () => {
    assert.deepEqual(enumerationOf('Ils ont évoqué la santé, la protection et la promotion des droits des femmes.'), ['santé', 'protection et la promotion des droits des femmes']);
    assert.deepEqual(enumerationOf('Ils ont évoqué l’agriculture et la formation des jeunes.'), ['agriculture', 'formation des jeunes']);
    assert.deepEqual(enumerationOf('Ils ont coopéré dans les domaines de la pêche, de la production et du traitement des eaux.'), ['pêche', 'production', 'traitement des eaux']);
  });

  it('keeps "entre A et B" whole: a relation between two parties is one subject', () => {
    assert.deepEqual(enumerationOf('Ils ont évoqué le commerce entre le Togo et le Bénin et la sécurité.'), ['commerce entre le Togo et le Bénin', 'sécurité']);
  });

  it('ends subjects named inside a quotation with it', () => {
    assert.deepEqual(enumerationOf('« Nous avons eu des discussions sur le budget et sur la dette », a déclaré à la presse, mardi, le ministre.'), ['budget', 'dette']);
  });

  it('starts a new item at each "et sur", whatever its determiner, and ends a ‘’…’’ quotation too', () => {
    assert.deepEqual(enumerationOf('Ils ont échangé sur son prochain séjour à Dakar et sur sa présidence du forum.'), ['son prochain séjour à Dakar', 'sa présidence du forum']);
    assert.deepEqual(enumerationOf('‘’Nous avons eu des discussions sur le budget’’, a déclaré le ministre.'), ['budget']);
  });

  it('reads the subjects of a stocktaking, not the stocktaking itself', () => {
    assert.deepEqual(enumerationOf('Les ministres vont procéder à une évaluation complète de l’état des échanges et de la mise en œuvre du plan.'), ['état des échanges', 'mise en œuvre du plan']);
  });

  it('reads "aux domaines de" as "dans les domaines de"', () => {
    assert.deepEqual(enumerationOf('Ils ont exprimé leur volonté de l’élargir aux domaines de la santé, de l’eau et des mines.'), ['santé', 'eau', 'mines']);
  });

  it('keeps a list before "dans les domaines de", not the one subject it narrows', () => {
    assert.deepEqual(enumerationOf('Les échanges ont porté sur la dette, le budget ainsi que la coopération dans les domaines de la santé et de l’eau.'), ['dette', 'budget', 'coopération', 'santé', 'eau']);
    assert.deepEqual(enumerationOf('Ils ont évoqué le développement des échanges dans les domaines de la santé et de l’eau.'), ['santé', 'eau']);
  });

  it('keeps the subjects listed before "notamment" as well as its examples', () => {
    assert.deepEqual(enumerationOf('Les échanges ont porté sur le budget et sur la dette, notamment les arriérés.'), ['budget', 'dette', 'arriérés']);
    assert.deepEqual(enumerationOf('Les échanges ont porté sur « l’ensemble de ces sujets et sur la dette, notamment les arriérés »'), ['dette', 'arriérés'], 'a head that only says there were subjects');
  });

  it('cuts a clause at a participle that shares the auxiliary: "a évoqué A et salué B"', () => {
    assert.deepEqual(enumerationOf('La ministre a évoqué la réforme scolaire et salué le travail des enseignants.'), ['réforme scolaire']);
    assert.deepEqual(enumerationOf('La ministre a évoqué la réforme scolaire et exprimé sa gratitude pour le soutien des parents.'), ['réforme scolaire', 'soutien des parents']);
  });

  it('cleans a list item into a short phrase', () => {
    assert.equal(cleanTopic('- et de la formation des ressources humaines,'), 'formation des ressources humaines');
    assert.equal(cleanTopic('l’échange d’expériences.'), 'échange d’expériences');
  });

  it('keeps the paragraph each topic comes from, and no duplicates', () => {
    const record = recordOf('Les deux ministres ont évoqué la santé, l’éducation et la culture.\n\nIls ont aussi évoqué la santé et le sport.');
    assert.deepEqual(record.topics, [
      { text: 'santé', paragraph: 1 }, { text: 'éducation', paragraph: 1 }, { text: 'culture', paragraph: 1 }, { text: 'sport', paragraph: 2 },
    ]);
  });
  it('reads what a trip is given over to ("ce déplacement sera consacré à…")', () => {
    assert.deepEqual(enumerationOf('Ce déplacement sera consacré à la santé rurale, au maintien des écoles et à la voirie.'), ['santé rurale', 'maintien des écoles', 'voirie']);
  });

  it('reads the subjects of "au centre des discussions", "parler de", "a permis d’aborder" and agreements signed', () => {
    assert.deepEqual(enumerationOf('Les perspectives du commerce et la sécurité ont été au centre des discussions.'), ['perspectives du commerce', 'sécurité']);
    assert.deepEqual(enumerationOf('La séance était l’occasion de parler de l’impact des projets.'), ['impact des projets']);
    assert.deepEqual(enumerationOf('La rencontre a permis d’aborder les énergies renouvelables et le dessalement.'), ['énergies renouvelables', 'dessalement']);
    assert.deepEqual(enumerationOf('Ils ont d’abord salué la presse.'), []);
  });
});
