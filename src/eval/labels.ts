/**
 * The hand labels of one report (`NN.json` beside `NN.txt`), in the corpus format described in
 * docs/evaluation.md: read and checked once, so the scorer can trust their shape.
 */
import { SECTION_KINDS, type SectionKind } from '../types.js';

/** A labelled paragraph: found in the split by its opening words, right when its kind is accepted. */
export interface LabelledParagraph {
  readonly n: number;
  /** The paragraph's first words as written (about 40 characters). */
  readonly start: string;
  /** Every kind a careful reader would accept for it. */
  readonly kinds: readonly SectionKind[];
}

export interface Labels {
  readonly paragraphs: readonly LabelledParagraph[];
  /** People who took part, named as written. */
  readonly participants: readonly { readonly name: string }[];
  readonly topics: readonly string[];
  /** The paragraph holding the invitation; null (or a null paragraph) when nobody invites anybody. */
  readonly invitation: { readonly paragraph: number | null } | null;
  readonly agenda: readonly string[];
}

const isKind = (value: unknown): value is SectionKind => SECTION_KINDS.some((kind) => kind === value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((x) => typeof x === 'string');
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a label file, or throws naming the file and the first field out of shape.
 * @example parseLabels('{"paragraphs": [{"n": 1, "start": "Le ministre", "kinds": ["participants"]}], …}', 'a01.json')
 */
export function parseLabels(json: string, file: string): Labels {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new Error(`${file}: invalid JSON`, { cause });
  }
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (!isObject(raw)) return fail('expected an object');
  const { paragraphs, participants, invitation, agenda } = raw;
  // As in eval-split.mjs, a file without topics has none to find.
  const topics = raw['topics'] ?? [];
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return fail('"paragraphs" must list the paragraphs');
  const labelled = paragraphs.map((p: unknown, i): LabelledParagraph => {
    if (!isObject(p) || typeof p['n'] !== 'number' || typeof p['start'] !== 'string') return fail(`paragraphs[${i}] needs a number "n" and a string "start"`);
    const kinds = p['kinds'];
    if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every(isKind)) return fail(`paragraphs[${i}].kinds must list kinds among ${SECTION_KINDS.join(', ')}`);
    return { n: p['n'], start: p['start'], kinds };
  });
  if (!Array.isArray(participants)) return fail('"participants" must be a list');
  const people = participants.map((p: unknown, i) => {
    if (!isObject(p) || typeof p['name'] !== 'string') return fail(`participants[${i}] needs a string "name"`);
    return { name: p['name'] };
  });
  if (!isStrings(topics)) return fail('"topics" must be a list of phrases');
  if (!isStrings(agenda)) return fail('"agenda" must be a list of phrases');
  let invited: Labels['invitation'] = null;
  if (invitation !== null) {
    const paragraph = isObject(invitation) ? (invitation['paragraph'] ?? null) : undefined;
    if (paragraph !== null && typeof paragraph !== 'number') return fail('"invitation" must be null or an object with a "paragraph" number');
    invited = { paragraph };
  }
  return { paragraphs: labelled, participants: people, topics, invitation: invited, agenda };
}
