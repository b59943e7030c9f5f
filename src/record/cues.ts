/**
 * The French cues the splitter reads, kept as data in one place. Each entry says what it catches.
 * All patterns run on plain paragraph text with typographic apostrophes folded to `'`
 * (see `foldApostrophes`), case-insensitive unless noted. Extend them here, not in the engine.
 */

/** Letters of French words, accents included (for hand-built word boundaries). */
/**
 * The letters cues look at: Latin with its extensions, Greek and Cyrillic. Not \p{L}: under the
 * `i` flag V8 case-folds every class it compiles, and folding all of \p{L} costs about 0.2 ms per
 * occurrence — hundreds of them, most of a cold start. These ranges fold a hundred times faster.
 */
const LETTERS = String.raw`a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff`;
const L = `[${LETTERS}]`;

/** A word boundary that knows accented letters (JavaScript's `\\b` treats "é" as a non-word). */
const BOUNDARY = String.raw`(?:(?<=[${LETTERS}0-9_])(?![${LETTERS}0-9_])|(?<![${LETTERS}0-9_])(?=[${LETTERS}0-9_]))`;

/** A word start and a word end, cheaper than BOUNDARY where the pattern tells which one it is. */
const WORD_START = String.raw`(?<![${LETTERS}0-9_])`;
const WORD_END = String.raw`(?![${LETTERS}0-9_])`;

/**
 * Compiles a cue with French-aware word boundaries: every `\b` becomes a Unicode boundary —
 * a word start when a literal letter follows it, a word end when one precedes it (the same
 * matches, a third of the work), else BOUNDARY.
 */
export function fr(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const source = pattern.source.replace(/\\b/gu, (_match, offset: number, whole: string) => {
    const next = whole.charAt(offset + 2);
    const previous = whole.charAt(offset - 1);
    const escaped = offset >= 2 && whole.charAt(offset - 2) === '\\';
    const optional = /[?*{]/u.test(whole.charAt(offset + 3));
    if (/\p{L}/u.test(next) && !optional) return WORD_START;
    if (/\p{L}/u.test(previous) && !escaped) return WORD_END;
    return BOUNDARY;
  });
  return new RegExp(source, flags);
}

/** Folds ’ and other apostrophes to ', so one pattern catches both spellings. */
export function foldApostrophes(text: string): string {
  return text.replace(/[’‘`´]/g, "'");
}

/**
 * Role words that designate a person, both genders, with their common prefixes:
 * "ministre", "vice-ministre", "vice-premier ministre", "présidente", "ambassadrice",
 * "homologue", "secrétaire d'État", "chef de la diplomatie", "porte-parole"…
 * Catches the head of a role phrase ("le ministre iranien", "son homologue belge").
 */
export const ROLE_WORD = new RegExp(
  String.raw`(?<![${LETTERS}-])(?:(?:vice|co|sous|ex)-)?(?:(?:premier|première|vice-premier|vice-première)\s+)?(?:` +
    [
      'ministres?', // ministre, ministre délégué(e): the commonest role in these reports
      'président(?:e)?s?', 'présidents?', // président, présidente
      'ambassadeurs?', 'ambassadrices?',
      'homologues?', // "son homologue chinois"
      "secrétaires? d'[ÉE]tat", 'secrétaires? générale?s?', 'secrétaires?',
      'chefs? de la diplomatie', "chefs? de l'[ÉE]tat", 'chefs? du gouvernement', 'cheffes?',
      'directeurs?', 'directrices?', 'gouverneurs?', 'gouverneures?', 'maires?',
      'porte-parole', 'conseillers?', 'conseillères?', 'commissaires?',
      'chanceliers?', 'chancelières?', 'rois?', 'reines?', 'émirs?', 'princes?', 'princesses?',
      'sénateurs?', 'sénatrices?', 'députée?s?', 'eurodéputée?s?', 'membres?', 'PDG', 'présidente?-directeure? générale?',
      'représentante?s?', 'envoyée?s? spéciale?s?', 'envoyée?s?', 'consule?s?', 'déléguée?s?',
      'responsables?', 'dirigeante?s?', 'adjointe?s?', 'vice-gouverneure?s?', 'préfète?s?',
      'walis?', 'ministre-conseiller', 'attachée?s?', 'chargée?s? d\'affaires',
      'interlocuteurs?', 'interlocutrices?', // "son interlocuteur russe"
      'diplomates?', 'émissaires?', 'parlementaires?', // "la diplomate a salué…", "l'émissaire américain"
      'recteurs?', 'rectrices?', 'chefs? de (?:la )?délégation',

    ].join('|') +
    String.raw`)(?!${L})`,
  'iu',
);


/** Civility titles before a name: "M. Bensaid", "Mme Dati", "Dr Ndiaye". Case-sensitive. */
export const CIVILITY = /(?:^|[\s(«"])(M\.|Mme|Mlle|MM\.|Mmes|Dr|Dre|Pr|Pre|Me|Sir|Lady|Cheikh|Sheikh|Monsieur|Madame|Mademoiselle|Docteur|Docteure|Professeur|Professeure|S\.\s?E\.(?:\s?M(?:me)?\.)?|Son Excellence(?: M\.| Mme| Monsieur| Madame)?)\s+$/u;

/** An article or title before a role that marks a woman: "la ministre", "sa", "Mme". */
export const FEMININE_ARTICLE = /(?:^|\s)(?:la|sa|Mme|Mlle|Madame)\s*$/iu;
/** Role words only a woman holds: "ambassadrice", "directrice", "présidente", "cheffe". */
export const FEMININE_ROLE = /(?:ambassadrice|directrice|présidente|secrétaire générale|conseillère|chancelière|reine|princesse|sénatrice|députée|déléguée|représentante|envoyée|adjointe|gouverneure|préfète|cheffe)/iu;

/**
 * Words that may not begin a personal name even when capitalised: articles, prepositions and
 * sentence openers ("Le", "Selon", "Lors"). Stops "La Chine a…" from reading as a person.
 */
export const NOT_NAME_START = new Set(
  [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'selon', 'lors',
    'au', 'aux', 'à', 'dans', 'pour', 'par', 'parmi', 'avec', 'sur', 'en', 'et', 'il', 'elle', 'ils',
    'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'après', 'avant', 'depuis', 'outre', 'mais', 'or',
    'faisant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'm.', 'mme',
    'république', 'organisation', 'union', 'nations', 'banque', 'ministère', 'agence', 'université',
    'conseil', 'assemblée', 'sommet', 'forum', 'salon', 'état', 'états', 'royaume', 'président',
    'ministre', 'ambassadeur', 'secrétaire', 'directeur', 'directrice', 'monsieur', 'madame', 'mademoiselle',
    'docteur', 'docteure', 'professeur', 'professeure', 'dre', 'son', 'excellence',
    // Abbreviated titles written without a full stop ("le Pr Jacques Fame Ndongo", "Dr Ndiaye"):
    // the title is no part of the name (the civility check then sees it before the name).
    'pr', 'pre', 'dr', 'mlle', 'mmes', 'me',
    // Adverbs that open a sentence: "Demain, la ministre…" names no one called Demain.
    'demain', 'hier', 'ensuite', 'enfin', 'puis', 'auparavant', 'désormais', 'toutefois', 'cependant', 'ainsi', 'également',
  ],
);

/** Particles allowed inside a personal name: "Ursula von der Leyen", "Ahmed ben Ali". */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'ben', 'bin', 'ibn', 'al', 'el', 'ould', 'abu', 'bou']);

/** A capitalised word of a name: "Zarepour", "Jean-Luc", "Szijjártó", "Al-Nahyan", "O'Brien". */
export const NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+(?:['-][\p{Lu}\p{Ll}]\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})*)$`, 'u');

/** Subject pronouns that refer back to a person in a follow-up: "Il a ajouté…", "Elle a invité…". */
export const PERSON_PRONOUN = /^(?:il|elle)$/iu;

/** Impersonal "il", which stands for nobody: "Il est à noter", "Il s'agit", "Il convient", "Il y a". */
export const IMPERSONAL_IL = fr(/^il\s+(?:s'agit|convient|faut|y a|y avait|existe|reste|semble|importe|suffit|appartient|ressort|arrive|est (?:à noter|à souligner|à rappeler|à signaler|prévu|également prévu|aussi prévu|important|nécessaire|possible|question|temps|clair|vrai|probable|essentiel|utile)|a été (?:question|décidé|convenu|prévu|annoncé|rappelé|souligné))\b/iu);

/**
 * A speaker named after the words, in an inverted attribution: "« … », a déclaré M. Hemmati",
 * "…, a-t-il ajouté", "…, a souligné le vice-ministre russe", "…, estime la ministre", "…, selon M. Li".
 * Captures the speaker phrase (or the pronoun of "-t-il").
 */
export const INVERTED_SPEAKER = fr(/(?:,|»|")\s*(?:(?:a|ont|avait|avaient)(?:-t-(il|elle|ils|elles))?\s+\p{Ll}+(?:é|i|u|t|it|is)|\p{Ll}+(?:e|ent)-t-(il|elle)|\p{Ll}+(?:e|ent)(?=\s+(?:M\.|Mme|le|la|l'|\p{Lu}))|selon|d'après)(?:\s+(?!-t-)((?:M\.|Mme|Mlle|Dr|Pr)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*|[^,.;«»]+?))?\s*(?=\s+(?:lors|au cours|au début|à la fin|au terme|dans|devant|à l'issue|pendant|en marge|après|avant|depuis|sur|à|au|aux|en)\s|[,.;]|$)/u);

/** "Selon la ministre sénégalaise, …", "D'après M. Abiy, …": a speaker named before the clause. */
export const ACCORDING_TO = fr(/^(?:selon|d'après|pour)\s+([^,]{2,80}),/iu);

/** The other party, designated from the inviter's side: "son homologue", "son interlocuteur", "son hôte". */
export const COUNTERPART = fr(/^(?:son|sa|leur)\s+(?:homologue|interlocut\S+|hôte|hôtesse|invitée?)\b/iu);

/**
 * Openers that make a paragraph a follow-up statement of the last speaker:
 * "Selon lui, …", "Pour elle, …", "D'après lui", "À ses yeux", "De son côté, …", "Pour sa part".
 */
export const FOLLOW_UP_OPENER = fr(/^(?:selon (?:lui|elle)|pour (?:lui|elle)|d'après (?:lui|elle)|à (?:ses|son) (?:yeux|avis)|de son côté|pour sa part|il|elle)\b/iu);

/**
 * Finite verbs that end a subject noun phrase: auxiliaries ("a", "ont", "s'est", "est") and
 * present/future forms of reporting and meeting verbs ("déclare", "rencontrera").
 * The subject is the chunk just before the first one.
 */
export const FINITE_VERB = new RegExp(
  // After a letter + apostrophe only when it is an elided pronoun: "l'a invitée", not "aujourd'hui".
  String.raw`(?<![${LETTERS}-])(?<!${L}${L}')(?<!(?:^|[^${LETTERS}])[^lmtsLMTS]')(?:a|ont|avait|avaient|aura|auront|est|sont|était|sera|seront|s'est|se sont|s'était|` +
    String.raw`doit|doivent|devrait|devraient|va|vont|peut|peuvent|pourrait|pourraient|` + // modals: "devrait se rendre"
    String.raw`\p{Ll}+(?:era|eront|ira|iront|dra|dront)|` + // future tense, lower case only (not "Alexandra"): visitera, se rendra
    String.raw`(?:se |s')?(?:estime|souligne|affirme|déclare|rappelle|indique|ajoute|reçoit|salue|invite|plaide|insiste|appelle|réaffirme|explique|assure|estiment|soulignent|affirment|` +
    // present-tense acts of a visit: "entame une visite", "s'entretient avec", "conduit une délégation"
    String.raw`entame|effectue|conduit|entretient|participe|préside|accueille|dirige|mène|rend|achève|poursuit|considère|souhaite|exprime|propose|` +
    // nouns as well as verbs: only a verb when no determiner comes before ("la visite" is a noun)
    String.raw`(?<!(?:la|une|cette|sa|son|leur|de|d'une|de la|première|dernière|prochaine) )(?:visite|rencontre|demande)))` +
    String.raw`(?![${LETTERS}'-])`,
  'u',
);

/**
 * Subjects that are several people or an event, not one person: "les deux parties",
 * "les deux ministres", "les entretiens", "la réunion", "Le Canada et la Belgique".
 */
export const COLLECTIVE_SUBJECT = new RegExp(
  String.raw`^(?:les|des|ces|leurs)\s|(?:^|\s)(?:réunion|rencontre|entretien|entretiens|échanges|discussions|pourparlers|consultations|séance|sommet|visite|délégations|parties|deux pays)(?!${L})|\set\s`,
  'iu',
);

/**
 * Both sides stating something together: "Les deux parties ont souligné l'importance de…", "Les
 * ministres ont réaffirmé…". What both say is what was discussed, not one person speaking.
 */
export const JOINT_STATEMENT = fr(/^(?:les|ces)\s+(?:deux\s+)?(?:parties|ministres|responsables|délégations|pays|hommes|dirigeants|chefs de la diplomatie|interlocuteurs)\b[^.]{0,40}?\b(?:ont|se sont|sont)\s+(?:\p{Ll}+ment\s+|également\s+|aussi\s+|notamment\s+)?(?:souligné|affirmé|réaffirmé|exprimé|salué|insisté|plaidé|appelé|estimé|relevé|mis l'accent|mis en avant|convenu|décidé|signé|réitéré|reconnu|noté|dit|déclaré|félicités?|engagés?|accordés?)\b/iu);

/**
 * Active invitations: "a invité X à", "l'a invitée à", "invite", "a convié", "a transmis / adressé /
 * remis / renouvelé une invitation", "a été invité à". Not background ("à l'invitation de").
 */
export const INVITATION = fr(new RegExp(
  // "a invité", "a également invité", "a, par ailleurs, invité" (an incise between commas).
  String.raw`(?:\b(?:a|ont|l'a|les a|l'ont|leur a|lui a|a été|ont été|avait|est)(?:\s*,[^,.]{1,40},)?\s+(?:également\s+|aussi\s+|par ailleurs\s+|en outre\s+)?(?:invitée?s?|conviée?s?)\s)|` +
    String.raw`(?:\b(?:invite|invitent|convie|inviter|convier)\s+(?!par\s))|` +
    String.raw`(?:\b(?:transmis|adressé|remis|renouvelé|lancé|réitéré|présenté|formulé|accepté)\s+(?:[^.]{0,40}?\s)?(?:une|son|l'|leur|sa)\s*invitation)|` +
    // "Une invitation a été adressée au ministre…"
    String.raw`(?:\binvitation\s+(?:officielle\s+)?(?:a|avait) été\s+(?:adressée|transmise|remise|lancée|envoyée|faite|renouvelée))|` +
    // A wish to see someone come, which is how some reports word it: "a exprimé le souhait de voir
    // la ministre revenir au Japon pour le forum…" (the target check below still applies).
    String.raw`(?:\b(?:souhait|vœu|voeu|désir)\s+de\s+voir\s)`,
  'iu',
));

/**
 * What an invitation invites to, right after it: an infinitive of attending or visiting
 * ("à participer", "à se rendre"), an event noun ("au sommet", "à la réunion") or a place ("à Pékin").
 * "a invité les entreprises à investir" invites to no event: a statement, not an invitation.
 */
export const INVITATION_TARGET = fr(/\b(?:à|au|aux|en|pour)\s+(?:le |la |l'|les )?(?:(?:se |s')?(?:participer|assister|prendre part|rendre|venir|visiter|effectuer|faire une visite|inaugurer|présider|coprésider|co-présider|célébrer|joindre|rejoindre|honorer|ouvrir|clôturer|intervenir|prononcer|découvrir|séjourner|déplacer|assister)\b|(?:la |le |l'|les |une |un )?(?:prochaine?s?\s+|grande?\s+)?(?:[Ss]ommet|[Rr]éunion|[Ff]orum|[Cc]onférence|[Cc]érémonie|[Ss]alon|[Ee]xposition|[Ff]estival|[Vv]isite|[Ss]ession|[Rr]encontre|[Cc]élébration|[Ff]oire|[Aa]ssemblée|[Cc]ongrès|[Cc]olloque|[Ss]éminaire|[Cc]ommémoration|[Ff]ête|[Jj]eux|[Cc]hampionnat|[Ii]nauguration|[Éé]dition|[Rr]éception|[Dd]îner|[Dd]éfilé|[Bb]iennale|[Oo]lympiades|[Dd]ialogue|[Cc]onsultations|[Tt]able ronde)|\p{Lu})/u);

/** Background, not an invitation: "à l'invitation de", "sur invitation du", "invité par". */
export const INVITATION_BACKGROUND = fr(/(?:à|sur) (?:l')?invitation (?:de|du|des|d')|(?<!(?:été|est|sont) )\binvitée?s? par\b/iu);

/** After the invitation: the infinitive that names the event ("à participer à", "à prendre part au"). */
export const INVITATION_EVENT = fr(/\b(?:invit|convi)\S*\s+(?:[^]*?\s)?(?:à|pour)\s+((?:se |s')?[a-zéèêàâîôûç]+(?:er|ir|re|dre))\s+(.+)$/iu);
export const INVITATION_EVENT_NOUN = fr(/\binvitation\s+(?:officielle\s+)?à\s+((?:se |s')?[a-zéèêàâîôûç]+(?:er|ir|re|dre))\s+(.+)$/iu);
/** "le souhait de voir X revenir au Japon pour le forum…": X, then the infinitive and what follows. */
export const INVITATION_WISH = fr(/\b(?:souhait|vœu|voeu|désir)\s+de\s+voir\s+(.+?)\s+((?:re)?venir|se rendre|participer|assister|prendre|visiter|effectuer|séjourner|honorer|rejoindre)\s+(.+)$/u);

/** An event named after an invitation without an infinitive: "son invitation … pour le Forum X". */
export const INVITATION_EVENT_NAMED = fr(/\b(?:invitation\b|invit(?:é|ée|és|ées|e|ent|er)\b|convi(?:é|ée|és|ées|e|ent|er)\b)[^.]*?\b(?:pour|à|au|aux)\s+(?:la |le |l'|les )?((?:prochaine?s?\s+)?(?:sommet|réunion|forum|conférence|cérémonie|salon|exposition|festival|session|célébration|foire|assemblée|congrès|colloque|séminaire|commémoration|fête|jeux|inauguration|édition|réception|dîner|biennale|dialogue)\b.*)$/iu);

/** Infinitives whose object is the event itself: "participer à la réunion" → "réunion". */
export const ATTEND_VERB = /^(?:participer|assister|prendre part|prendre|se joindre)$/iu;

/**
 * Lead-ins of a visit programme: "Au programme de la visite :", "Le programme comprend",
 * "sont également prévus", "figurent", "est prévue". Catches an agenda announced in prose or
 * before a list.
 */
export const AGENDA_LEAD = fr(/\bau programme\b|\bprogramme (?:de (?:la|cette|ce|sa|son)|du)\s+(?:visite|voyage|séjour|déplacement|tournée|mission)|\b(?:sont|est|seront|sera)\s+(?:également\s+|aussi\s+)?prévue?s?\b|\bprévoit\b|\bl'agenda\b|\bfigurent\s+(?:également|aussi|notamment)?\s*:|\bprogramme comprend\b|\b(?:sera|seront)\s+(?:notamment\s+|également\s+)?(?:marquée?s?|ponctuée?s?|consacrée?s?|l'occasion)\b|\bau menu (?:de (?:la|sa|cette|leur)|du) (?:visite|voyage|séjour|déplacement)\b/iu);

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const MONTH = '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
const CLOCK = String.raw`\d{1,2}\s?(?:h|heures?)(?:\s?\d{2})?|\d{1,2}[:.]\d{2}`;
const DAY = String.raw`${WEEKDAY}(?:\s+\d{1,2}(?:er)?(?:\s+${MONTH})?)?|(?:le\s+)?\d{1,2}(?:er)?\s+${MONTH}|(?:jour|journée)\s+\d+|(?:premier|deuxième|troisième|dernier)\s+jour`;
/**
 * A programme line that opens with its day or time and a separator: "Vendredi 10 h : accueil à
 * l'aéroport", "9h30 – visite du port", "Jour 2 : Gorée", "Le 12 mars : signature". A shape, not
 * a phrase: it says nothing of what the entry is.
 */
export const TIMED_ENTRY = new RegExp(String.raw`^(?:(?:${DAY})(?:\s*,?\s*(?:à\s+|dès\s+)?(?:${CLOCK}))?|(?:${CLOCK}))\s*[:–—-]\s*\S`, 'iu');

/**
 * The visitor's future moves in prose: "se rendra", "visitera", "rencontrera", "participera",
 * "prononcera", "s'entretiendra", "doit se rendre", "devrait visiter". Catches a programme told
 * in the future tense.
 */
export const AGENDA_FUTURE_VERB = /(?<![\p{L}'-])(?:(?:se|s') rendr(?:a|ont)|visiter(?:a|ont)|rencontrer(?:a|ont)|participer(?:a|ont)|prononcer(?:a|ont)|inaugurer(?:a|ont)|s'entretiendr(?:a|ont)|assister(?:a|ont)|présider(?:a|ont)|effectuer(?:a|ont)|tiendr(?:a|ont)|animer(?:a|ont)|signer(?:a|ont)|découvrir(?:a|ont)|rejoindr(?:a|ont)|poursuivr(?:a|ont)|ira|iront|(?:doit|doivent|devrait|devraient)(?: (?:ensuite|également|aussi|encore|notamment|par la suite))? (?:se rendre|visiter|rencontrer|participer|prononcer|inaugurer|s'entretenir|signer))(?![\p{L}'-])/iu;


/**
 * The visit's moves told in the past: "s'est rendu au port de Tanger Med", "a visité l'usine",
 * "la visite s'est achevée par un dîner". The programme as it happened.
 */
export const VISIT_MOVE_PAST = fr(/\b(?:s'est|se sont) rendue?s? (?:à|au|aux|en|dans|sur)\b|\b(?:a|ont) (?:également |aussi |ensuite |en outre |par ailleurs )?(?:visité|inauguré)\b|\b(?:s'est|se sont) (?:achevée?s?|terminée?s?|poursuivie?s?|conclue?s?) (?:par|avec)\b|\b(?:a|ont) été (?:marquée?s?|ponctuée?s?) par\b/u);

/** Awaited somewhere, or to be received: "Mme X est attendue jeudi à Lyon", "elle sera reçue par le président". */
export const AWAITED = fr(/\b(?:est|sont)(?: (?:ensuite|également|aussi|notamment|par ailleurs))? attendue?s?\b|\b(?:sera|seront) (?:reçue?s?|accueillie?s?) (?:par|à|au|en)\b/u);

/** Reported speech before a future verb makes it a statement, not a programme: "a ajouté que". */
export const REPORTED_THAT = fr(/\b(?:que|qu')\s|\bselon (?:lui|elle)\b/iu);

/**
 * Who took part, as a list lead-in: "Ont pris part à la réunion :", "étaient présents",
 * "La délégation était composée de :", "les participants".
 */
export const PARTICIPANT_LEAD = fr(/\b(?:ont pris part|ont participé|ont assisté|étaient présents|étaient présentes|participants|composée de|composée des|en présence de)\b|\bdélégation\b[^.:]{0,50}\b(?:comprenait|comprend|incluait|inclut|réunissait|était conduite par)\b/iu);
/** An attendees sentence by its opening, names or not: "Étaient présents à cette audience des cadres…". */
export const ATTENDEES_OPENING = fr(/^(?:ont (?:également |aussi )?(?:pris part|participé|assisté)|(?:étaient|était) (?:également |aussi )?(?:présents?|présentes?)|(?:ont|a) (?:également |aussi )?(?:assisté|pris part))\b/iu);

/**
 * What was discussed: topic verbs ("ont évoqué", "ont abordé", "ont passé en revue", "ont discuté
 * de", "ont porté sur", "d'examiner", "ont échangé sur", "se sont penchés sur"); a discussion
 * noun before a colon ("Au cœur des discussions : A, B"); what the meeting agreed ("ont convenu de
 * créer…").
 */
export const TOPIC_VERB = fr(/\b(?:concern(?:é|ée|és|ées|ent|eront|era|ait|aient)\b|évoqu\S*|articulée?s? autour|autour d(?:e|u|es)\b|consacrée?s? (?:à|aux|au)\b|(?:il a été|il était|il sera) question|(?<!d')abord\S*|fait le point sur|faire le point sur|au menu d(?:es|u) (?:discussions|entretiens|échanges|pourparlers|entretien|réunion|rencontre)|à l'ordre du jour|passé en revue|passer en revue|passent en revue|discut\S*|port(?:é|ent|eront|ait|aient|ant) (?:notamment |essentiellement |principalement )?sur|examin\S*|échang\S* (?:sur|au sujet)|penchée?s? sur|centrée?s? sur|axée?s? sur|(?:discussions|entretiens|échanges|pourparlers|débats)\s*:|(?:ont|sont) convenue?s? d|se sont (?:accordée?s?|entendue?s?) (?:sur|pour))/iu);

/** Topic nouns and enumeration openers: "thèmes", "sujets", "questions", "dossiers", "dans les domaines". */
export const TOPIC_NOUN = fr(/\b(?:thèmes?|sujets?|questions|dossiers|points|domaines|secteurs|ordre du jour|thématiques?|accords|mémorandums|conventions)\b/iu);

/** Enumeration markers: "notamment", "en particulier", "tels que", "parmi", "dans les domaines de". */
export const ENUMERATION_MARKER = fr(/\b(?:notamment|en particulier|tels? que|telles? que|parmi|dans les (?:domaines|secteurs))\b/iu);

/**
 * Where an enumeration of subjects starts, latest match wins: after a topic verb, "notamment",
 * "en particulier", "dans les domaines", "tels que", or a colon.
 * The captured list then runs to the end of the sentence.
 */
export const ENUMERATION_START = fr(new RegExp(
  String.raw`(?:dans les (?:domaines|secteurs)|notamment|en particulier|tels? que|telles? que|:|` +
    // any tense of a topic verb: "ont évoqué", "évoqueront", "a examiné", "d'examiner"
    String.raw`(?:d'|de\s+)?(?:(?:évoqu|(?<!d')abord|discut|examin)${L}*|(?:penché|centré|axé)(?:e|s|es)?(?=\s+sur)|concern(?:é|ée|és|ées|ent|eront|era|ait|aient)(?!${L})|pass(?:er|é|ent|eront)\s+en\s+revue|échang${L}*(?=\s+(?:sur|au sujet))|port(?:é|ée|ées|és|ent|eront|era|ait|aient|ant)(?=(?:\s+${L}+ment)*\s+sur))` +
    String.raw`(?:\s+(?:notamment|essentiellement|principalement|aussi|également|ensuite|longuement))*(?:\s+(?:sur|au sujet de|au sujet des|au sujet du))?|` +
    String.raw`fait le point sur|au menu d(?:es|u) ${L}+|autour|consacrée?s? (?:à|aux|au)|question(?:\s+(?:également|aussi|notamment))*|` +
    String.raw`figur(?:ent|aient|ait|e)(?:\s+notamment)?)\s*`,
  'giu',
));

/** An attribution closing a sentence: "…, précise la même source", "…, a-t-il ajouté", "…, selon le communiqué". */
export const ATTRIBUTION_TAIL = fr(/,\s*(?:(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+)?(?:précis|indiqu|ajout|soulign|affirm|rapport|not|expliqu|poursui|conclu|estim|déclar|relev|rappel|signal|annonc|fait savoir|dit|écri)\p{L}*(?:-t-(?:il|elle))?\s+(?:le|la|l'|les|un|une|M\.|Mme|\p{Lu})[^,]*$|,\s*(?:a|ont)-t-(?:il|elle|ils|elles)\s+\p{Ll}+\s*$|,\s*(?:selon|d'après)\s[^,]*$/u);

/** Framing that is background, not discussion: "s'inscrit dans", "intervient", "à l'invitation de". */
export const CONTEXT_CUE = fr(/\bs'inscri\S*|\bintervient\b|\bdans le cadre\b|\bà l'invitation\b|\brappelons\b|\bpour rappel\b/iu);

/** Words that cut a role phrase from a later name: "le ministre, qui…", "lors de la visite du président X". */
export const ROLE_GAP_WORD = fr(/\b(?:chez|lors|depuis|vers|après|avant|pendant|durant|dont|qui|que|où)\b/iu);

/** A list marker at the start of a line: "- ", "• ", "* ", "1. ", "2) ". */
export const LIST_MARKER = /^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+/u;

/** Nationality adjectives (masculine, feminine) → country. Used for a participant's country. */
export const NATIONALITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['iranien', 'iranienne', 'Iran'], ['chinois', 'chinoise', 'Chine'], ['français', 'française', 'France'],
  ['marocain', 'marocaine', 'Maroc'], ['algérien', 'algérienne', 'Algérie'], ['tunisien', 'tunisienne', 'Tunisie'],
  ['russe', 'russe', 'Russie'], ['turc', 'turque', 'Turquie'], ['allemand', 'allemande', 'Allemagne'],
  ['italien', 'italienne', 'Italie'], ['espagnol', 'espagnole', 'Espagne'], ['portugais', 'portugaise', 'Portugal'],
  ['belge', 'belge', 'Belgique'], ['suisse', 'suisse', 'Suisse'], ['canadien', 'canadienne', 'Canada'],
  ['américain', 'américaine', 'États-Unis'], ['britannique', 'britannique', 'Royaume-Uni'],
  ['japonais', 'japonaise', 'Japon'], ['coréen', 'coréenne', 'Corée'], ['sud-coréen', 'sud-coréenne', 'Corée du Sud'],
  ['indien', 'indienne', 'Inde'], ['pakistanais', 'pakistanaise', 'Pakistan'], ['afghan', 'afghane', 'Afghanistan'],
  ['irakien', 'irakienne', 'Irak'], ['syrien', 'syrienne', 'Syrie'], ['libanais', 'libanaise', 'Liban'],
  ['égyptien', 'égyptienne', 'Égypte'], ['saoudien', 'saoudienne', 'Arabie saoudite'], ['qatari', 'qatarie', 'Qatar'],
  ['émirati', 'émiratie', 'Émirats arabes unis'], ['omanais', 'omanaise', 'Oman'], ['koweïtien', 'koweïtienne', 'Koweït'],
  ['jordanien', 'jordanienne', 'Jordanie'], ['israélien', 'israélienne', 'Israël'], ['palestinien', 'palestinienne', 'Palestine'],
  ['libyen', 'libyenne', 'Libye'], ['mauritanien', 'mauritanienne', 'Mauritanie'], ['sénégalais', 'sénégalaise', 'Sénégal'],
  ['malien', 'malienne', 'Mali'], ['nigérien', 'nigérienne', 'Niger'], ['nigérian', 'nigériane', 'Nigeria'], ['ghanéen', 'ghanéenne', 'Ghana'], ['ougandais', 'ougandaise', 'Ouganda'],
  ['tanzanien', 'tanzanienne', 'Tanzanie'], ['zimbabwéen', 'zimbabwéenne', 'Zimbabwe'], ['angolais', 'angolaise', 'Angola'],
  ['mozambicain', 'mozambicaine', 'Mozambique'], ['soudanais', 'soudanaise', 'Soudan'], ['somalien', 'somalienne', 'Somalie'],
  ['centrafricain', 'centrafricaine', 'Centrafrique'], ['comorien', 'comorienne', 'Comores'], ['cap-verdien', 'cap-verdienne', 'Cap-Vert'],
  ['yéménite', 'yéménite', 'Yémen'], ['bahreïni', 'bahreïnie', 'Bahreïn'], ['azéri', 'azérie', 'Azerbaïdjan'], ['singapourien', 'singapourienne', 'Singapour'],
  ['néo-zélandais', 'néo-zélandaise', 'Nouvelle-Zélande'], ['péruvien', 'péruvienne', 'Pérou'], ['bolivien', 'bolivienne', 'Bolivie'],
  ['équatorien', 'équatorienne', 'Équateur'], ['uruguayen', 'uruguayenne', 'Uruguay'], ['paraguayen', 'paraguayenne', 'Paraguay'],
  ['nicaraguayen', 'nicaraguayenne', 'Nicaragua'], ['guatémaltèque', 'guatémaltèque', 'Guatemala'], ['dominicain', 'dominicaine', 'République dominicaine'],
  ['slovène', 'slovène', 'Slovénie'], ['estonien', 'estonienne', 'Estonie'], ['letton', 'lettone', 'Lettonie'], ['lituanien', 'lituanienne', 'Lituanie'],
  ['islandais', 'islandaise', 'Islande'], ['maltais', 'maltaise', 'Malte'], ['chypriote', 'chypriote', 'Chypre'], ['albanais', 'albanaise', 'Albanie'],
  ['macédonien', 'macédonienne', 'Macédoine du Nord'], ['bosnien', 'bosnienne', 'Bosnie-Herzégovine'], ['monténégrin', 'monténégrine', 'Monténégro'],
  ['moldave', 'moldave', 'Moldavie'], ['birman', 'birmane', 'Birmanie'], ['sri lankais', 'sri lankaise', 'Sri Lanka'], ['taïwanais', 'taïwanaise', 'Taïwan'],
  ['burundais', 'burundaise', 'Burundi'], ['libérien', 'libérienne', 'Liberia'], ['sierra-léonais', 'sierra-léonaise', 'Sierra Leone'],
  ['gambien', 'gambienne', 'Gambie'], ['bissau-guinéen', 'bissau-guinéenne', 'Guinée-Bissau'], ['équato-guinéen', 'équato-guinéenne', 'Guinée équatoriale'],
  ['namibien', 'namibienne', 'Namibie'], ['botswanais', 'botswanaise', 'Botswana'], ['zambien', 'zambienne', 'Zambie'], ['malawite', 'malawite', 'Malawi'],
  ['mauricien', 'mauricienne', 'Maurice'], ['seychellois', 'seychelloise', 'Seychelles'], ['érythréen', 'érythréenne', 'Érythrée'],
  ['ivoirien', 'ivoirienne', "Côte d'Ivoire"], ['burkinabè', 'burkinabè', 'Burkina Faso'], ['guinéen', 'guinéenne', 'Guinée'],
  ['camerounais', 'camerounaise', 'Cameroun'], ['gabonais', 'gabonaise', 'Gabon'], ['congolais', 'congolaise', 'Congo'],
  ['tchadien', 'tchadienne', 'Tchad'], ['béninois', 'béninoise', 'Bénin'], ['togolais', 'togolaise', 'Togo'],
  ['rwandais', 'rwandaise', 'Rwanda'], ['kényan', 'kényane', 'Kenya'], ['éthiopien', 'éthiopienne', 'Éthiopie'],
  ['sud-africain', 'sud-africaine', 'Afrique du Sud'], ['malgache', 'malgache', 'Madagascar'], ['djiboutien', 'djiboutienne', 'Djibouti'],
  ['vietnamien', 'vietnamienne', 'Vietnam'], ['cambodgien', 'cambodgienne', 'Cambodge'], ['laotien', 'laotienne', 'Laos'],
  ['thaïlandais', 'thaïlandaise', 'Thaïlande'], ['indonésien', 'indonésienne', 'Indonésie'], ['malaisien', 'malaisienne', 'Malaisie'],
  ['philippin', 'philippine', 'Philippines'], ['australien', 'australienne', 'Australie'], ['brésilien', 'brésilienne', 'Brésil'],
  ['argentin', 'argentine', 'Argentine'], ['mexicain', 'mexicaine', 'Mexique'], ['chilien', 'chilienne', 'Chili'],
  ['colombien', 'colombienne', 'Colombie'], ['vénézuélien', 'vénézuélienne', 'Venezuela'], ['cubain', 'cubaine', 'Cuba'],
  ['haïtien', 'haïtienne', 'Haïti'], ['kazakh', 'kazakhe', 'Kazakhstan'], ['ouzbek', 'ouzbèke', 'Ouzbékistan'],
  ['tadjik', 'tadjike', 'Tadjikistan'], ['kirghiz', 'kirghize', 'Kirghizistan'], ['turkmène', 'turkmène', 'Turkménistan'],
  ['azerbaïdjanais', 'azerbaïdjanaise', 'Azerbaïdjan'], ['arménien', 'arménienne', 'Arménie'], ['géorgien', 'géorgienne', 'Géorgie'],
  ['ukrainien', 'ukrainienne', 'Ukraine'], ['biélorusse', 'biélorusse', 'Biélorussie'], ['polonais', 'polonaise', 'Pologne'],
  ['hongrois', 'hongroise', 'Hongrie'], ['tchèque', 'tchèque', 'Tchéquie'], ['slovaque', 'slovaque', 'Slovaquie'],
  ['roumain', 'roumaine', 'Roumanie'], ['bulgare', 'bulgare', 'Bulgarie'], ['serbe', 'serbe', 'Serbie'],
  ['croate', 'croate', 'Croatie'], ['grec', 'grecque', 'Grèce'], ['autrichien', 'autrichienne', 'Autriche'],
  ['néerlandais', 'néerlandaise', 'Pays-Bas'], ['luxembourgeois', 'luxembourgeoise', 'Luxembourg'], ['irlandais', 'irlandaise', 'Irlande'],
  ['danois', 'danoise', 'Danemark'], ['suédois', 'suédoise', 'Suède'], ['norvégien', 'norvégienne', 'Norvège'],
  ['finlandais', 'finlandaise', 'Finlande'], ['québécois', 'québécoise', 'Québec'], ['monégasque', 'monégasque', 'Monaco'],
  ['nord-coréen', 'nord-coréenne', 'Corée du Nord'], ['mongol', 'mongole', 'Mongolie'],
  ['sri-lankais', 'sri-lankaise', 'Sri Lanka'], ['bangladais', 'bangladaise', 'Bangladesh'], ['népalais', 'népalaise', 'Népal'],
];

/**
 * Role words that name the same office: "le chef du gouvernement" is the Premier ministre,
 * "le chef de l'État" the président, "le chef de la diplomatie" the ministre des Affaires étrangères.
 * Lets a later role designate a person introduced with the other word.
 */
export const ROLE_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['chef du gouvernement', 'premier ministre', 'première ministre'],
  ["chef de l'état", 'président', 'présidente'],
  ['chef de la diplomatie', 'ministre des affaires étrangères', 'affaires étrangères'],
  ['dirigeant', 'dirigeante', 'président', 'présidente', 'premier ministre', 'première ministre'],
];

/**
 * The frame of a visit, told in the present: "M. X effectue une visite officielle en Chine du 11
 * au 14 mai à l'invitation de M. Y", "Elle est en visite de travail depuis lundi". A verb of
 * being on a visit plus its dates or its host: what the meeting sits in, not what was said.
 */
export const VISIT_FRAME_VERB = /^(?:effectue|effectuent|entame|entament|achève|achèvent|séjourne|séjournent|est|sont|se trouve|se trouvent)$/u;
export const VISIT_FRAME = fr(new RegExp(String.raw`\b(?:visite|séjour|tournée|mission)\b[^.]*?(?:\bà l'invitation d|\bsur invitation d|\bdu \d{1,2}(?:er)? (?:\p{L}+ )?au \d{1,2}\b|\bdepuis (?:${WEEKDAY}|le \d|hier)|\bjusqu'(?:à|au) )`, 'u'));

/**
 * Background tense: a main verb in the pluperfect or imperfect ("avait reçu", "était") tells what
 * happened before the meeting, so the paragraph frames it.
 */
export const BACKGROUND_VERB = /^(?:avait|avaient|était|étaient|s'était|s'étaient)$/u;
/**
 * "était" as the auxiliary of a pluperfect ("était venu"), not a state of the moment ("était
 * lundi à Varsovie"): a participle right after it.
 */
export const ETAIT_PLUPERFECT = new RegExp(String.raw`^[\s,]*(?:était|étaient)\s+(?:\p{Ll}+ment\s+|déjà\s+)?(?!(?:${WEEKDAY}|hier|aussi|ici|parmi)(?![\p{L}'-]))\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|ites|its)(?![\p{L}'-])`, 'u');

/** One side of the meeting as the subject: "La partie chinoise a exprimé…", "La délégation malienne s'est dite…". */
export const SIDE_SUBJECT = /^(?:la|cette) (?:partie|délégation) \p{Ll}+(?: \p{Ll}+)? (?:a|s'est|est|se dit|a aussi|a également|a, )/iu;

/** Countries named after "de/d'/du" in a role: "ambassadeur de France", "ambassadrice d'Italie". */
export const COUNTRY_NAMES: readonly string[] = [...new Set(NATIONALITIES.map(([, , country]) => country))];
