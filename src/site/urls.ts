/** Every URL of the site, root-relative and without trailing slash, built in one place. */
import { SECTION_INFO } from '../record/index.js';
import type { MeetingRecord, SectionKind } from '../types.js';

export const recordUrl = (slug: string): string => `/records/${encodeURIComponent(slug)}`;
export const sectionUrl = (slug: string, kind: SectionKind): string => `${recordUrl(slug)}/${SECTION_INFO[kind].id}`;
export const sourceUrl = (slug: string): string => `${recordUrl(slug)}/source`;
export const apiRecordUrl = (slug: string): string => `/api/records/${encodeURIComponent(slug)}`;
export const API_INDEX_URL = '/api/records';
export const RECORDS_URL = '/records';

/** The kind holding a paragraph in a record. */
export function kindOfParagraph(record: MeetingRecord, n: number): SectionKind {
  const section = record.sections.find((s) => s.paragraphs.includes(n));
  if (!section) throw new Error(`${record.file}: le paragraphe ${n} n'appartient à aucune section`);
  return section.kind;
}

/**
 * A link to paragraph n from a page showing `shown` paragraphs: a fragment when it is on the
 * page, else the section page that holds it.
 */
export function paragraphHref(record: MeetingRecord, n: number, shown: ReadonlySet<number>): string {
  return shown.has(n) ? `#p${n}` : `${sectionUrl(record.slug, kindOfParagraph(record, n))}#p${n}`;
}
