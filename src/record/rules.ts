/**
 * The rules that decide each paragraph's kind, as ordered tables of named data: the first rule
 * whose `match` holds decides, and its name goes with the decision (`npm run split`, the API's
 * `rule` field, `npm run eval`). Each rule's `example` is a short record whose last paragraph it
 * decides; `test/record/rules.test.ts` runs every example.
 */
import type { ParagraphFacts } from './facts.js';
import type { SectionKind } from '../types.js';

export interface Rule<Facts> {
  /** Unique, kebab-case: what a reader sees as the reason of a decision. */
  readonly name: string;
  readonly kind: SectionKind;
  /** Why the rule holds, in a sentence. */
  readonly reason: string;
  /** A record (paragraphs separated by blank lines) whose last paragraph this rule decides. */
  readonly example: string;
  readonly match: (facts: Facts) => boolean;
}

export type ProseRule = Rule<ParagraphFacts>;

const VISITOR = 'Le ministre belge de l’Économie, Marc Lambert, est arrivé lundi à Rabat.\n\n';

/** Prose paragraphs, strongest cue first: invitation, programme, people acting, subjects, framing. */
export const PROSE_RULES: readonly ProseRule[] = [
  {
    name: 'invitation',
    kind: 'invitation',
    reason: 'someone invites someone to an event, a visit or a place ("à l’invitation de" is background)',
    example: `${VISITOR}M. Lambert a invité son hôte à participer au forum de Liège en octobre.`,
    match: (f) => f.cues.invites,
  },
  {
    name: 'programme-announced',
    kind: 'agenda',
    reason: 'a programme is announced ("Au programme", "sont prévus"), outside reported speech',
    example: `${VISITOR}Au programme de sa visite figurent des entretiens avec le patronat.`,
    match: (f) => f.cues.announcesProgramme,
  },
  {
    name: 'timed-prose',
    kind: 'agenda',
    reason: 'a sentence opens with its clock time, as a programme told in prose does ("A 11h35, il…")',
    example: `${VISITOR}A 15h, il s’entretiendra avec le chef du gouvernement.`,
    match: (f) => f.cues.opensWithTime,
  },
  {
    name: 'future-moves',
    kind: 'agenda',
    reason: 'a move of the visit told in the future; in the opening paragraph that first names its subject, only with a clock time (else it announces the visitor)',
    example: `${VISITOR}Mardi, la délégation se rendra au port de Tanger.`,
    match: (f) => f.cues.futureMove && !(f.opening && f.people.actorIsNew && !f.cues.clockTime),
  },
  {
    name: 'timed-line',
    kind: 'agenda',
    reason: 'the paragraph opens with its day or time and a separator, as a programme line does',
    example: `${VISITOR}Mardi 10 h : visite de la zone franche.`,
    match: (f) => f.shape.timed,
  },
  {
    name: 'before-the-meeting',
    kind: 'context',
    reason: 'the main verb is in a tense of before ("avait reçu", "était venu"): what came before the meeting',
    example: `${VISITOR}En 2019, le ministre marocain avait reçu une délégation wallonne.`,
    match: (f) => f.cues.backgroundTense,
  },
  {
    name: 'visit-moves-told',
    kind: 'agenda',
    reason: 'the visit’s moves told in the past, or someone awaited, once the people are known and nobody is quoted',
    example: `${VISITOR}Au cours de sa visite, M. Lambert s’est rendu à la zone industrielle de Kénitra.`,
    match: (f) => !f.people.introduces && !f.cues.quoted && f.cues.visitMoves,
  },
  {
    name: 'visit-frame',
    kind: 'context',
    reason: 'someone already named is on a visit, with its dates or its host: the frame of the meeting',
    example: `${VISITOR}M. Lambert effectue une visite de travail au Maroc du 3 au 5 mai.`,
    match: (f) => !f.people.introduces && f.cues.visitFrame,
  },
  {
    name: 'person-acting',
    kind: 'participants',
    reason: 'the subject designates a person of the record, by name, pronoun or role',
    example: `${VISITOR}Il a salué la qualité de l’accueil.`,
    match: (f) => f.people.actor !== null,
  },
  {
    name: 'attendees',
    kind: 'participants',
    reason: 'a sentence of who attended: "Étaient présents…", or "en présence de" with names',
    example: `${VISITOR}Étaient présents à l’audience des cadres des deux ministères.`,
    match: (f) => (f.cues.participantLead && f.people.mentions.length > 0) || f.cues.attendeesOpening,
  },
  {
    name: 'role-acting',
    kind: 'participants',
    reason: 'a person designated by a role is the subject of a verb, even if the text never names them',
    example: 'La ministre néerlandaise du Commerce s’est entretenue avec des chefs d’entreprise.',
    match: (f) => f.people.subject?.kind === 'role' && f.people.subject.verb !== undefined,
  },
  {
    name: 'side-acting',
    kind: 'participants',
    reason: 'one side of the meeting is the subject: "La partie chinoise a…"',
    example: `${VISITOR}La partie marocaine a exprimé sa satisfaction.`,
    match: (f) => f.cues.sideSubject,
  },
  {
    name: 'subjects-listed',
    kind: 'topics',
    reason: 'a topic verb or noun with an enumeration: a list of what was discussed',
    example: `${VISITOR}Les entretiens ont porté sur l’énergie, les transports et la formation.`,
    match: (f) => f.cues.topicScore >= 2,
  },
  {
    name: 'joint-statement',
    kind: 'topics',
    reason: 'both sides state something together: what both say is what was discussed',
    example: `${VISITOR}Les deux parties ont souligné l’importance de la coopération portuaire.`,
    match: (f) => f.cues.jointStatement,
  },
  {
    name: 'person-introduced',
    kind: 'participants',
    reason: 'a person is named for the first time or with a role, outside framing words',
    example: 'La visite a été préparée par Jeanne Moreau, conseillère à l’ambassade.',
    match: (f) => f.people.introduces && !f.cues.contextCue,
  },
  {
    name: 'framing',
    kind: 'context',
    reason: 'no cue of the other kinds: background, framing, the outlet’s frame',
    example: `${VISITOR}Les échanges commerciaux entre les deux pays restent modestes.`,
    match: () => true,
  },
];

/** A lead-in and the items under it (one bulleted block holds both: its first line leads). */
export interface LeadContext {
  readonly lead: ParagraphFacts;
  readonly items: readonly ParagraphFacts[];
}

/**
 * Items that name people with a role or a title: "·Son Excellence X, Ambassadeur du Japon". Not
 * timed lines: "10h-11h : Séance de travail avec la directrice, Mme X" is a programme's item.
 */
const itemsNamePeople = ({ items }: LeadContext): boolean =>
  items.length > 0 && items.filter((item) => !item.shape.timedLines && !item.shape.timed && item.people.mentions.some((m) => m.role !== null || m.titled)).length * 2 > items.length;

/** A lead-in's kind: what its own words announce, else what its items are. */
export const LEAD_RULES: readonly Rule<LeadContext>[] = [
  {
    name: 'lead-programme',
    kind: 'agenda',
    reason: 'a lead-in that names a programme ("Au programme :")',
    example: `${VISITOR}Au programme de la visite :\n\n- une visite du port,\n- un dîner officiel.`,
    match: ({ lead }) => lead.lead.programme,
  },
  {
    name: 'lead-attendees',
    kind: 'participants',
    reason: 'a lead-in of who took part ("Ont pris part à la réunion :")',
    example: `${VISITOR}Ont également pris part à la réunion :\n\n- Anne Roy, ambassadrice de France,\n- Karim Alaoui, directeur du port.`,
    match: ({ lead }) => lead.lead.attendees,
  },
  {
    name: 'lead-topics',
    kind: 'topics',
    reason: 'a lead-in of subjects or of agreements signed ("Les sujets suivants ont été abordés :", "ont signé :")',
    example: `${VISITOR}Les sujets suivants ont été abordés :\n\n- la logistique,\n- l’énergie.`,
    match: ({ lead }) => lead.lead.topics,
  },
  {
    name: 'lead-of-people',
    kind: 'participants',
    reason: 'a lead-in whose items mostly name people with their role or title: who took part',
    example: `${VISITOR}Le ministre a reçu successivement :\n\n- M. Anne Roy, ambassadrice de France,\n- M. Karim Alaoui, directeur du port.`,
    match: itemsNamePeople,
  },
  {
    name: 'lead-of-facts',
    kind: 'context',
    reason: 'a lead-in whose items are statements of fact (a subject and its verb, no move of the visit, no time): framing, not a programme',
    example: `${VISITOR}Faits saillants :\n\n- Le Maroc est le premier partenaire commercial de la Belgique en Afrique.\n- Quelque 500 000 Belges d’origine marocaine vivent en Belgique.`,
    match: ({ items }) => items.flatMap((item) => item.paragraph.plain.split('\n')).length >= 2 && items.every((item) => item.cues.statesFact),
  },
  {
    name: 'lead-list',
    kind: 'agenda',
    reason: 'a lead-in of no known kind: a list after a colon in a visit report is most often its programme',
    example: `${VISITOR}La journée comprend :\n\n- une conférence,\n- une réception.`,
    match: () => true,
  },
];

/** A bulleted list with no lead-in: people with their roles, or else the items of a programme. */
export const LIST_RULES: readonly Rule<ParagraphFacts>[] = [
  {
    name: 'list-of-times',
    kind: 'agenda',
    reason: 'bullets that open with their clock time: a programme, whoever its lines name',
    example: `${VISITOR}– 12 H 00 : déjeuner offert par l’ambassadrice, Anne Roy\n– 15 H 30 : entretien avec le ministre, Karim Alaoui`,
    match: (f) => f.shape.timedLines,
  },
  {
    name: 'list-of-events',
    kind: 'agenda',
    reason: 'a bullet that opens with an event of a programme ("Visite de…", "Table ronde…"), whoever it names',
    example: `${VISITOR}- Visite d’une exploitation à Sommesous, en présence de M. Jean Hallot, préfet de la Marne`,
    match: (f) => f.shape.eventLine,
  },
  {
    name: 'list-of-people',
    kind: 'participants',
    reason: 'bullets naming people with their roles',
    example: `${VISITOR}- Anne Roy, ambassadrice de France,\n- Karim Alaoui, directeur du port.`,
    match: (f) => f.people.mentions.some((m) => m.role !== null),
  },
  {
    name: 'list-of-items',
    kind: 'agenda',
    reason: 'bullets without people: the items of a programme',
    example: `${VISITOR}- une visite du port,\n- un dîner officiel.`,
    match: () => true,
  },
];

/** The first rule of a table that holds. Every table ends with a rule that always holds. */
export function firstRule<Facts>(rules: readonly Rule<Facts>[], facts: Facts): Rule<Facts> {
  const rule = rules.find((candidate) => candidate.match(facts));
  if (!rule) throw new Error(`aucune règle ne s’applique (table sans règle par défaut : ${rules.map((r) => r.name).join(', ')})`);
  return rule;
}
