/** The record pipeline: seed file → parsed seed → paragraphs → kinds → sections and facts. */
import path from 'node:path';
import { ContentError, SeedError, SeedLoadError } from '../errors.js';
import { SECTION_KINDS, type Decision, type MeetingRecord, type ParsedSeed, type Section, type SectionKind, type SeedFile } from '../types.js';
import { extractAgenda } from './extract/agenda.js';
import { extractInvitation } from './extract/invitation.js';
import { deriveTitle } from './extract/title.js';
import { extractTopics } from './extract/topics.js';
import { readFacts } from './facts.js';
import { parseSeed } from './load.js';
import { splitParagraphs } from './paragraphs.js';
import { segmentRecord } from './segment.js';

/** Each kind's French URL segment and heading. */
export const SECTION_INFO: Readonly<Record<SectionKind, { id: string; title: string }>> = {
  participants: { id: 'participants', title: 'Participants' },
  topics: { id: 'themes', title: 'Thèmes abordés' },
  invitation: { id: 'invitation', title: 'Invitation' },
  agenda: { id: 'programme', title: 'Programme de la visite' },
  context: { id: 'contexte', title: 'Contexte' },
};

/**
 * Whether a paragraph that names someone shows them taking part: any but the framing (a past
 * meeting, a head of state in passing); the headline, which names the principals, does. People named only as the sender of what is carried
 * ("l'invitation du Premier ministre X") are told apart where they are named (`inPassing`).
 */
function showsPresence(decision: Decision | undefined): boolean {
  return decision !== undefined && (decision.kind !== 'context' || decision.shape === 'headline');
}

/** Splits and extracts one parsed seed. */
export function buildRecord(seed: ParsedSeed): MeetingRecord {
  const paragraphs = splitParagraphs(seed.body, seed.format);
  if (paragraphs.length === 0) throw new SeedError(seed.file, 'aucun paragraphe de texte');
  const facts = readFacts(paragraphs);
  const decisions = segmentRecord(facts.paragraphs);
  const sections: Section[] = SECTION_KINDS.map((kind) => ({
    kind,
    ...SECTION_INFO[kind],
    paragraphs: paragraphs.filter((_, i) => decisions[i]?.kind === kind).map((p) => p.n),
    items: paragraphs.filter((_, i) => decisions[i]?.kind === kind && decisions[i]?.shape === 'item').map((p) => p.n),
  }))
    .filter((s) => s.paragraphs.length > 0)
    .sort((a, b) => a.paragraphs[0]! - b.paragraphs[0]!);
  const participants = facts.people.participants.filter((p) => p.statements.some((n) => showsPresence(decisions[n - 1])));
  const title = deriveTitle(seed.meta.title, facts.paragraphs, decisions, participants);
  const headline = decisions[0]?.shape === 'headline' && paragraphs[0]?.plain.trim() === title ? 1 : null;
  return {
    slug: seed.meta.slug ?? path.parse(seed.file).name,
    file: seed.file,
    format: seed.format,
    title,
    titleParagraph: headline,
    lang: seed.meta.lang ?? 'fr',
    date: seed.meta.date ?? null,
    source: seed.meta.source ?? null,
    paragraphs,
    decisions,
    sections,
    participants,
    topics: extractTopics(facts.paragraphs, decisions),
    invitation: extractInvitation(facts, decisions),
    agenda: extractAgenda(facts.paragraphs, decisions),
  };
}

/**
 * Builds every record, or throws one SeedLoadError listing every bad file (unreadable, invalid
 * front matter, duplicate slug): a site is never half-served.
 */
export function buildRecords(seeds: readonly SeedFile[]): MeetingRecord[] {
  const errors: SeedError[] = [];
  const records: MeetingRecord[] = [];
  const bySlug = new Map<string, string>();
  for (const seed of seeds) {
    let bodyLine = 1;
    try {
      const parsed = parseSeed(seed);
      bodyLine = parsed.bodyLine;
      const record = buildRecord(parsed);
      const other = bySlug.get(record.slug);
      if (other) throw new SeedError(seed.file, `slug « ${record.slug} » déjà utilisé par ${other}`);
      bySlug.set(record.slug, seed.file);
      records.push(record);
    } catch (error) {
      if (error instanceof SeedError) errors.push(error);
      else if (error instanceof ContentError) {
        const line = error.line === undefined ? undefined : bodyLine + error.line - 1;
        errors.push(new SeedError(seed.file, error.message, { line, cause: error }));
      }
      else errors.push(new SeedError(seed.file, String(error), { cause: error }));
    }
  }
  if (errors.length > 0) throw new SeedLoadError(errors);
  return records;
}
