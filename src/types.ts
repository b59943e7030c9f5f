/** The data that flows through the pipeline: seed file → record → pages. */
import type { SeedError } from './errors.js';

/** The five kinds a paragraph can belong to, in the order the card names them (context last). */
export const SECTION_KINDS = ['participants', 'topics', 'invitation', 'agenda', 'context'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A seed file as read from disk, before any parsing: its bytes, or why it could not be read. */
export type SeedFile = ReadSeed | UnreadSeed;

export interface ReadSeed {
  /** File name inside SEEDS_DIR, e.g. `000_40d93fe09706aa0e.txt`. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** A seed refused before parsing (a link, a FIFO, over the size cap, gone…): parseSeed throws its error. */
export interface UnreadSeed {
  readonly file: string;
  readonly error: SeedError;
}

export type SeedFormat = 'txt' | 'md';

/** Front matter fields we accept; every one is optional and nothing is invented. */
export interface RecordMeta {
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly lang?: string;
  readonly slug?: string;
}

/** A seed after front matter is split off. */
export interface ParsedSeed {
  readonly file: string;
  readonly format: SeedFormat;
  readonly meta: RecordMeta;
  readonly body: string;
  /** The file's line where the body starts (after the front matter), to report body lines. */
  readonly bodyLine: number;
}

/** One paragraph of the source, numbered from 1. */
export interface Paragraph {
  readonly n: number;
  /** Anchor id, `p<n>`. */
  readonly id: string;
  /** The source text, whitespace normalised (markdown source for a `.md`). */
  readonly text: string;
  /** Plain text the splitter reads (markup removed, list marker removed). */
  readonly plain: string;
  /** Sanitized inline HTML for a `.md` paragraph; null for plain text, which is escaped. */
  readonly html: string | null;
  /** True for a markdown list item or a bulleted/numbered block of a `.txt`. */
  readonly listItem: boolean;
}

/** How a paragraph sits in its section: a list lead-in, a list item, running prose, or the headline. */
export type Shape = 'lead' | 'item' | 'prose' | 'headline';

/** Why a paragraph is where it is: its kind, its shape, and the name of the rule that decided. */
export interface Decision {
  readonly kind: SectionKind;
  readonly shape: Shape;
  /** A rule of `src/record/rules.ts` or of the structure pass (`src/record/structure.ts`). */
  readonly rule: string;
}

export interface Section {
  readonly kind: SectionKind;
  /** Stable French URL segment: participants, themes, invitation, programme, contexte. */
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly number[];
  /** The paragraphs that are items of a list (after a lead-in, or bullets), shown as a list. */
  readonly items: readonly number[];
}

export interface Participant {
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
  /** Paragraphs that introduce the person or report what they said or did. */
  readonly statements: readonly number[];
}

/** A topic or agenda phrase, with the paragraph it was read from. */
export interface Item {
  readonly text: string;
  readonly paragraph: number;
}

export interface Invitation {
  readonly inviter: string | null;
  readonly invitee: string | null;
  readonly event: string | null;
  readonly paragraph: number;
}

/** A whole meeting record, split and extracted. */
export interface MeetingRecord {
  readonly slug: string;
  readonly file: string;
  readonly format: SeedFormat;
  readonly title: string;
  /** The paragraph the title is, when the text opens with a headline; null otherwise. */
  readonly titleParagraph: number | null;
  readonly lang: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly paragraphs: readonly Paragraph[];
  /** One per paragraph, in order: the kind, shape and rule of each. */
  readonly decisions: readonly Decision[];
  readonly sections: readonly Section[];
  readonly participants: readonly Participant[];
  readonly topics: readonly Item[];
  readonly invitation: Invitation | null;
  readonly agenda: readonly Item[];
}

/** A page of the site: one URL, its content type and its body, rendered once. */
export interface Page {
  readonly path: string;
  readonly contentType: string;
  readonly body: string | Buffer;
  readonly status?: number;
  /** `immutable` for fingerprinted assets (cached a year); pages and API documents revalidate. */
  readonly cache?: 'revalidate' | 'immutable';
}

/** A rendered page whose body is text (every page but the assets). */
export interface TextPage extends Page {
  readonly body: string;
}
