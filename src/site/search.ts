/** Full-text search over every paragraph of every record, built once at start-up (see search-core.ts). */
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, searchIndex, type SearchDocument, type SearchHit } from './search-core.js';
import { kindOfParagraph, recordUrl } from './urls.js';
import { SECTION_INFO } from '../record/index.js';
import type { MeetingRecord } from '../types.js';

export { MAX_QUERY_LENGTH, highlight, type SearchDocument, type SearchHit } from './search-core.js';

export interface SearchIndex {
  readonly search: (query: string) => SearchHit[];
  readonly documents: readonly SearchDocument[];
  /** The index serialized for the browser, loaded there with `MiniSearch.loadJSON` and the same options. */
  readonly json: () => string;
}

/** Indexes every paragraph of the records once, at start-up. */
export function buildSearchIndex(records: readonly MeetingRecord[]): SearchIndex {
  const documents: SearchDocument[] = records.flatMap((record) =>
    record.paragraphs.map((p) => ({
      id: `${record.slug}#${p.id}`,
      recordTitle: record.title,
      sectionTitle: SECTION_INFO[kindOfParagraph(record, p.n)].title,
      n: p.n,
      url: `${recordUrl(record.slug)}#${p.id}`,
      text: p.plain,
    })),
  );
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return { documents, search: (query) => searchIndex(index, query), json: () => JSON.stringify(index) };
}
