/** Full-text search over every paragraph of every record, with MiniSearch and French word rules. */
import MiniSearch from 'minisearch';
import { normalizeWord, tokenize, wordsOf } from './search-text.js';
import { frenchTypography, escapeHtml } from './typography.js';
import { kindOfParagraph, recordUrl } from './urls.js';
import { SECTION_INFO } from '../record/index.js';
import type { MeetingRecord } from '../types.js';

export interface SearchDocument {
  readonly id: string;
  readonly recordTitle: string;
  readonly sectionTitle: string;
  readonly n: number;
  readonly url: string;
  readonly text: string;
}

export interface SearchHit {
  readonly document: SearchDocument;
  /** The paragraph as escaped HTML, matched words wrapped in `<mark>`. */
  readonly html: string;
}

/** The longest query read; anything longer is cut. */
export const MAX_QUERY_LENGTH = 200;
const MAX_HITS = 50;

export interface SearchIndex {
  readonly search: (query: string) => SearchHit[];
  readonly documents: readonly SearchDocument[];
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
  const byId = new Map(documents.map((d) => [d.id, d]));
  const index = new MiniSearch<SearchDocument>({
    fields: ['text'],
    tokenize,
    processTerm: (term) => normalizeWord(term),
    searchOptions: {
      combineWith: 'AND',
      // Prefix on the last word only (typed as one searches), typos forgiven on long words only.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
      fuzzy: (term) => (term.length >= 7 ? 0.15 : false),
    },
  });
  index.addAll(documents);

  return {
    documents,
    search(query) {
      const q = query.slice(0, MAX_QUERY_LENGTH).trim();
      if (q === '') return [];
      return index
        .search(q)
        .slice(0, MAX_HITS)
        .flatMap((result) => {
          const document = byId.get(String(result.id));
          return document ? [{ document, html: highlight(document.text, new Set(result.terms)) }] : [];
        });
    },
  };
}

/** Escapes a paragraph for display and wraps the words whose indexed form matched in `<mark>`. */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  let html = '';
  let last = 0;
  for (const { word, start, end } of wordsOf(text)) {
    const form = normalizeWord(word);
    if (form === null || !terms.has(form)) continue;
    html += escapeHtml(frenchTypography(text.slice(last, start))) + `<mark>${escapeHtml(word)}</mark>`;
    last = end;
  }
  return html + escapeHtml(frenchTypography(text.slice(last)));
}
