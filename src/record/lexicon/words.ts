/**
 * The French words the splitter knows, each list once. Patterns in `../cues/` are built from
 * these lists (see `./compile.ts`); add a word here and every cue that uses its list learns it.
 */

/** A civility title before a name, as a pattern source, and the gender it tells (null: either). */
export interface Civility {
  readonly source: string;
  readonly feminine: boolean | null;
  /** Also a given name ("Cheikh Tidiane Gadio"): kept in the name when it opens one. */
  readonly givenName?: true;
}

/**
 * Civility titles written before a name: "M. Bensaid", "Mme Dati", "Dr Ndiaye", "Pr Awa Diop",
 * "Son Excellence Monsieur X", "S.E. Mme Y". Case-sensitive: "me" and "pr" are words too.
 */
export const CIVILITIES: readonly Civility[] = [
  { source: String.raw`M\.`, feminine: false }, { source: String.raw`MM\.`, feminine: false },
  { source: 'Monsieur', feminine: false }, { source: 'Sir', feminine: false },
  { source: 'Cheikh', feminine: false, givenName: true }, { source: 'Sheikh', feminine: false, givenName: true },
  { source: 'Mme', feminine: true }, { source: 'Mmes', feminine: true }, { source: 'Mlle', feminine: true },
  { source: 'Madame', feminine: true }, { source: 'Mademoiselle', feminine: true }, { source: 'Lady', feminine: true },
  { source: 'Dre', feminine: true }, { source: 'Pre', feminine: true }, { source: 'Docteure', feminine: true }, { source: 'Professeure', feminine: true },
  { source: 'Dr', feminine: null }, { source: 'Pr', feminine: null }, { source: 'Me', feminine: null },
  { source: 'Docteur', feminine: null }, { source: 'Professeur', feminine: null },
];

/**
 * Honorifics that may stand before a civility or alone: "Son Excellence M. X", "S.E. Mme Y",
 * "S.E.M. X" (S.E. + M.).
 */
export const HONORIFICS: readonly string[] = [String.raw`S\.\s?E\.`, 'Son Excellence', "l'Honorable", 'Honorable'];

/** Particles allowed inside a personal name: "Ursula von der Leyen", "Ahmed ben Ali". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'ben', 'bin', 'ibn', 'al', 'el', 'ould', 'abu', 'bou']);

/** The days of the week, lower case. */
export const WEEKDAYS: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
/** The months, lower case. */
export const MONTHS: readonly string[] = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Adverbs that open a sentence and name no one: "Demain, la ministre…". */
export const OPENING_ADVERBS: readonly string[] = ['demain', 'hier', 'ensuite', 'enfin', 'puis', 'auparavant', 'désormais', 'toutefois', 'cependant', 'ainsi', 'également'];

/** Articles, prepositions, pronouns and conjunctions that may begin a capitalised sentence. */
export const FUNCTION_WORDS: readonly string[] = [
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'selon', 'lors',
  'au', 'aux', 'à', 'dans', 'pour', 'par', 'parmi', 'avec', 'sur', 'en', 'et', 'il', 'elle', 'ils',
  'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'après', 'avant', 'depuis', 'outre', 'mais', 'or', 'faisant',
];

/** Words that make a capitalised run a company's or a body's name, never a person's: "Gulf Horizon Energy", "Hydro-Services International". */
export const ORGANISATION_NAME_WORDS: readonly string[] = [
  'energy', 'international', 'services', 'group', 'groupe', 'holding', 'consulting', 'technologies', 'technology', 'industries',
  'coalition', 'association', 'alliance', 'solutions', 'systems', 'corporation', 'company', 'airlines', 'telecom', 'mining',
  'partners', 'ventures', 'network', 'sarl', 'inc', 'ltd', 'limited', 'gmbh', 'plc',
];

/** Buildings and bodies whose name follows them: "l'hôpital Ibn Sina", "le lycée Nguyễn Trãi", "la Fondation Mohammed VI". */
export const NAMED_PLACE_NOUNS: readonly string[] = [
  'hôpital', 'clinique', 'lycée', 'école', 'collège', 'université', 'institut', 'musée', 'centre', 'fondation', 'maison',
  'stade', 'parc', 'usine', 'centrale', 'station', 'société', 'groupe', 'mosquée', 'église', 'cathédrale', 'bibliothèque', 'théâtre',
];

/** Institution nouns that open a capitalised name of no person: "Banque mondiale", "Union africaine". */
export const INSTITUTION_NOUNS: readonly string[] = [
  'république', 'organisation', 'union', 'nations', 'banque', 'ministère', 'agence', 'université',
  'conseil', 'assemblée', 'sommet', 'forum', 'salon', 'état', 'états', 'royaume',
  // places and bodies that open a capitalised name: "Centre de Transit", "Musée de Pointe-à-Callière"
  'centre', 'musée', 'fédération', 'service', 'palais', 'institut', 'hôtel', 'place', 'aéroport', 'port', 'stade',
  'lycée', 'école', 'collège', 'fondation', 'commission', 'comité', 'chambre', 'direction', 'office', 'société',
  'groupe', 'parc', 'salle', 'maison', 'cité', 'communauté', 'ambassade', 'mairie', 'préfecture', 'région',
  'province', 'commune', 'hôpital', 'clinique', 'zone', 'campus', 'centrale', 'usine', 'station', 'marché',
];

/**
 * Nouns that open a programme line, capitalised as its first word: "Départ de Niamey", "Accueil
 * par le gouverneur", "Dîner offert par…". They begin no personal name.
 */
export const ACTIVITY_NOUNS: readonly string[] = [
  'départ', 'arrivée', 'accueil', 'visite', 'réception', 'dîner', 'déjeuner', 'petit-déjeuner', 'cérémonie', 'entretien',
  'entretiens', 'rencontre', 'séance', 'conférence', 'signature', 'inauguration', 'atterrissage', 'décollage', 'audience',
  'échange', 'échanges', 'point', 'fin', 'début', 'retour', 'pause', 'tête-à-tête', 'dépôt', 'hommage', 'installation',
  'ouverture', 'clôture', 'allocution', 'discours', 'présentation', 'projection', 'remise', 'tour', 'vol', 'transfert',
];

/** Role heads that open a capitalised phrase ("Président Macron"): the role is no part of the name. */
export const TITLE_HEADS: readonly string[] = ['président', 'ministre', 'ambassadeur', 'secrétaire', 'directeur', 'directrice', 'excellence'];

/**
 * Role words that designate a person, both genders, as pattern sources: "ministre", "présidente",
 * "ambassadrice", "homologue", "secrétaire d'État", "chef de la diplomatie", "porte-parole"…
 */
export const ROLE_WORDS: readonly string[] = [
  'ministres?', // ministre, ministre délégué(e): the commonest role in these reports
  'président(?:e)?s?', 'présidents?',
  'ambassadeurs?', 'ambassadrices?',
  'homologues?', // "son homologue chinois"
  "secrétaires? d'[ÉE]tat", 'secrétaires? générale?s?', 'secrétaires?',
  'chefs? de la diplomatie', "chefs? de l'[ÉE]tat", 'chefs? du gouvernement', 'cheffes?',
  'directeurs?', 'directrices?', 'gouverneurs?', 'gouverneures?', 'maires?',
  'porte-parole', 'conseillers?', 'conseillères?', 'commissaires?',
  'chanceliers?', 'chancelières?', 'rois?', 'reines?', 'émirs?', 'princes?', 'princesses?',
  'sénateurs?', 'sénatrices?', 'députée?s?', 'eurodéputée?s?', 'membres?', 'PDG', 'présidente?-directeure? générale?',
  'représentante?s?', 'envoyée?s? spéciale?s?', 'envoyée?s?', 'consule?s?', 'déléguée?s?',
  'responsables?', 'dirigeante?s?', 'adjointe?s?', 'vice-gouverneure?s?', 'préfets?', 'préfètes?',
  'walis?', 'ministre-conseiller', 'attachée?s?', "chargée?s? d'affaires",
  'interlocuteurs?', 'interlocutrices?', // "son interlocuteur russe"
  'diplomates?', 'émissaires?', 'parlementaires?', // "la diplomate a salué…", "l'émissaire américain"
  'recteurs?', 'rectrices?', 'chefs? de (?:la )?délégation',
  // sovereigns, judges, clergy and officers met on a visit: "la Grande-Duchesse X", "le chef juge X", "le général X"
  'grand-ducs?', 'grandes?-duchesses?', 'ducs?', 'duchesses?', 'sultans?', 'juges?', 'magistrate?s?', 'leaders?',
  'général', 'généraux', 'colonels?', 'amiral', 'amiraux', 'maréchal', 'commandants?', 'capitaines?',
  'cardinal', 'archevêques?', 'évêques?', 'imams?', 'muftis?', 'rabbins?', 'pasteurs?', 'papes?',
  // the chair of a parliament in Commonwealth countries: "la Speaker X"
  'speakers?',
];

/** Nouns of address, which stand before or beside a name but are none: "Sa Majesté, le Roi…", "Son Altesse". */
export const ADDRESS_NOUNS: readonly string[] = ['majesté', 'majestés', 'altesse', 'altesses', 'sainteté', 'éminence', 'excellences'];

/** Continents and regions, which a capitalised run may name alone: "le Conseiller Afrique du Président". */
export const REGION_NAMES: readonly string[] = ['afrique', 'europe', 'asie', 'amérique', 'amériques', 'océanie', 'antarctique', 'arctique', 'maghreb', 'sahel', 'moyen-orient', 'proche-orient', 'caraïbes', 'pacifique', 'atlantique', 'méditerranée'];

/** Prefixes of a role word: "vice-ministre", "co-président", "Premier ministre". */
export const ROLE_PREFIXES: readonly string[] = ['vice', 'co', 'sous', 'ex'];
export const ROLE_RANKS: readonly string[] = ['premier', 'première', 'vice-premier', 'vice-première'];

/** Role words only a woman holds: "ambassadrice", "directrice", "présidente", "cheffe". */
export const FEMININE_ROLES: readonly string[] = [
  'ambassadrice', 'directrice', 'présidente', 'secrétaire générale', 'conseillère', 'chancelière', 'reine', 'princesse',
  'sénatrice', 'députée', 'déléguée', 'représentante', 'envoyée', 'adjointe', 'gouverneure', 'préfète', 'cheffe',
];

/** Events one is invited to: "au sommet", "à la réunion", "au Forum…". */
export const EVENT_NOUNS: readonly string[] = [
  'sommet', 'réunion', 'forum', 'conférence', 'cérémonie', 'salon', 'exposition', 'festival', 'session', 'célébration',
  'foire', 'assemblée', 'congrès', 'colloque', 'séminaire', 'commémoration', 'fête', 'jeux', 'inauguration', 'édition',
  'réception', 'dîner', 'biennale', 'dialogue',
];
/** Occasions that are also what a report is about: "invité à une visite", "à la prochaine rencontre". */
export const OCCASION_NOUNS: readonly string[] = ['visite', 'rencontre', 'championnat', 'défilé', 'olympiades', 'consultations', 'table ronde'];

/** Nouns of a visit, as a programme names it: "programme de la visite", "au menu du séjour". */
export const VISIT_NOUNS: readonly string[] = ['visite', 'voyage', 'séjour', 'déplacement', 'tournée', 'mission'];

/** Events of a programme: "un déjeuner offert en son honneur", "une cérémonie d'accueil", "un tête-à-tête". */
export const PROGRAMME_EVENT_NOUNS: readonly string[] = [
  'déjeuner', 'dîner', 'petit-déjeuner', 'cocktail', 'réception', 'cérémonie', 'accueil', 'entretien', 'tête-à-tête', 'tête à tête',
  'rencontre', 'réunion', 'séance', 'audience', 'visite', 'conférence', 'point de presse', 'symposium', 'forum', 'colloque', 'concert', 'croisière', 'excursion',
];

/** Nouns of talks: "les entretiens ont porté sur", "Au cœur des discussions :". */
export const TALK_NOUNS: readonly string[] = ['discussions', 'entretiens', 'échanges', 'pourparlers', 'débats'];
/** Nouns of a meeting: "la réunion", "une séance de travail", "l'audience". */
export const MEETING_NOUNS: readonly string[] = ['réunion', 'rencontre', 'entretien', 'entretiens', 'séance', 'session', 'audience', 'visite', 'discussions', 'échanges', 'travaux', 'conférence', 'table ronde'];
/** Nouns of talks that take "sur" before their subject: "un échange de vues sur", "des discussions sur", "leurs points de vue sur". */
export const TALK_ON_NOUNS: readonly string[] = [...TALK_NOUNS, 'discussion', 'entretien', 'échange', 'échanges de vues', 'échange de vues', 'points de vue', 'vues', 'concertation', 'consultations', 'réflexion'];

/**
 * Stems of the verbs that name what was discussed, any tense, as pattern sources: "ont évoqué",
 * "abordera", "discutaient", "d'examiner", "de parler de" ("d'abord" is "first" and "aux abords" a
 * place, not topic verbs; "parler" only with its "de").
 */
export const TOPIC_VERB_STEMS: readonly string[] = ['évoqu', "(?:abord(?!s(?![\\p{L}]))(?=\\p{L})|(?<!d')abord(?!s(?![\\p{L}])))", 'discut', 'examin', 'parl(?=(?:er|é|ent|eront|era|aient|ait|ant)\\s+(?:de|des|du|d\'))'];
/** Participles that say who makes up the visit, not what came before it: "était accompagné de…", "était conduite par…". */
export const DELEGATION_STATES: readonly string[] = [
  'accompagné', 'accompagnée', 'accompagnés', 'accompagnées', 'entouré', 'entourée', 'entourés', 'entourées',
  'conduit', 'conduite', 'conduits', 'conduites', 'dirigé', 'dirigée', 'composé', 'composée', 'représenté', 'représentée',
];

/**
 * Infinitives of an aim both sides share or a meeting serves: "ont décidé de consolider les
 * relations", "une visite visant à renforcer la coopération". What they act on was discussed.
 */
export const AIM_INFINITIVES: readonly string[] = [
  'renforcer', 'consolider', 'approfondir', 'intensifier', 'développer', 'dynamiser', 'redynamiser', 'diversifier',
  'élargir', 'promouvoir', 'raffermir', 'densifier', 'relancer', 'accroître', 'améliorer', 'moderniser',
];
/** Participles that take "sur" before their subjects: "penchés sur", "centrés sur", "axés sur". */
export const ON_PARTICIPLES: readonly string[] = ['penché', 'centré', 'axé'];

/** What a visitor carries from someone else: "un message du président", "une lettre de son homologue". */
export const CORRESPONDENCE_NOUNS: readonly string[] = [
  'message', 'messages', 'lettre', 'lettres', 'missive', 'courrier', 'salutations',
  'félicitations', 'condoléances', 'vœux', 'voeux', 'amitiés', 'pli',
];
/** Verbs and nouns of carrying something from someone else: "a transmis l'invitation de…", "porteur d'un message". */
export const CARRY_VERBS: readonly string[] = ['transmis', 'transmise', 'remis', 'remise', 'reçu', 'reçue', 'apporté', 'délivré', 'porteur', 'porteuse', 'transmettre', 'remettre'];

/** Labels of a credit line, which names an outlet, not a person: "Source :", "Photo :". */
export const CREDIT_LABELS: readonly string[] = ['sources?', 'crédits?', 'photos?', 'rédaction', 'auteure?', 'lire aussi', 'voir aussi', 'avec'];

/**
 * The visitor's moves, as future stems (the stem + "a" or "ont" is the future): "visitera",
 * "se rendra", "s'entretiendra", "procèdera", "déjeunera", "accueillera", "recevra". Not the
 * verbs of any statement ("fera", "prendra", "aura"), which would read every forecast as a programme.
 */
export const VISIT_FUTURE_STEMS: readonly string[] = [
  "(?:se|s') rendr", 'visiter', 'rencontrer', 'participer', 'prononcer', 'inaugurer', "s'entretiendr", 'assister', 'présider',
  'coprésider', 'co-présider', 'effectuer', 'tiendr', 'animer', 'signer', 'découvrir', 'rejoindr', 'poursuivr', 'arriver',
  'déjeuner', 'dîner', 'procéder', 'procèder', 'quitter', 'regagner', 'accueiller', 'recevr', 'achever', 'achèver',
  'clôturer', 'ouvrir', 'honorer', 'séjourner', "s'envoler", 'déposer', 'remettr', 'survoler', 'embarquer', 'gagner',
  // how a visit ends or goes on: "sa visite s'achèvera par…", "se poursuivra par…"
  "(?:se |s')(?:achèver|achever|terminer|conclur|poursuivr)(?=(?:a|ont)\\s+(?:par|avec))",
];
/** Infinitives after "doit", "devrait": "doit se rendre", "devrait visiter". */
export const VISIT_INFINITIVES: readonly string[] = ['se rendre', 'visiter', 'rencontrer', 'participer', 'prononcer', 'inaugurer', "s'entretenir", 'signer', 'arriver', 'quitter', 'regagner', 'présider', 'assister', 'rendre', 'prendre part', 'effectuer', 'déjeuner', 'dîner', 'rejoindre', 'recevoir', 'être reçu', 'être reçue', 'être reçus', 'être reçues', 'être accueilli', 'être accueillie', 'être accueillis', 'être accueillies'];
/** …and the ones a chain of moves goes on with: "avant d'avoir une séance de travail et de faire une déclaration". */
export const CHAINED_INFINITIVES: readonly string[] = [...VISIT_INFINITIVES, 'avoir', 'faire', 'tenir', 'recevoir', 'accueillir', 'découvrir', 'poursuivre'];

/** Stems of the verbs that attribute words to someone: "…, a précisé le ministre", "…, indique le communiqué". */
export const SPEECH_VERB_STEMS: readonly string[] = [
  'précis', 'indiqu', 'ajout', 'soulign', 'affirm', 'rapport', 'not', 'expliqu', 'poursui', 'conclu', 'estim', 'déclar', 'relev',
  'rappel', 'signal', 'annonc', 'fait savoir', 'dit', 'écri', 'assur', 'confirm', 'reconn', 'observ', 'insist', 'martel', 'déplor', 'salu',
];

/** Nouns of a place that a capitalised name follows: "la région de Western North", "l'hôtel Carlton". */
export const PLACE_NOUNS: readonly string[] = [
  'région', 'ville', 'commune', 'communes', 'province', 'préfecture', 'district', 'localité', 'village', 'département',
  'quartier', 'île', 'capitale', 'aéroport', 'hôtel', 'port', 'wilaya', 'comté', 'canton', 'arrondissement', 'site',
  'palais', 'résidence', 'salle', 'stade', 'campus', 'cité', 'gare', 'boulevard', 'avenue', 'rue', 'place',
];

/** Words that end like a verb and are none: "et", "une", "que" (after a name, they make no subject). */
export const NOT_VERBS: readonly string[] = [
  'et', 'une', 'que', 'qui', 'entre', 'comme', 'contre', 'avant', 'pendant', 'selon', 'notamment', 'ensuite', 'mais', 'dont',
  'cette', 'elle', 'elles', 'le', 'la', 'les', 'de', 'des', 'du', 'ce', 'cet', 'sur', 'sous', 'vers', 'ainsi', 'lors',
];
