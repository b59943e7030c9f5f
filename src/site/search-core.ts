/**
 * The search itself — MiniSearch options, hit selection, highlighting and the results markup —
 * with no Node import, so the server and the browser (static export) run the very same code.
 */
import MiniSearch, { type Options } from 'minisearch';
import { normalizeWord, tokenize, wordsOf } from './search-text.js';
import { escapeHtml, frenchTypography } from './typography.js';

/** One searchable paragraph; every field is stored in the index so the browser needs nothing else. */
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

/** The index options; the prebuilt index must be loaded with these same options. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['text'],
  storeFields: ['recordTitle', 'sectionTitle', 'n', 'url', 'text'],
  tokenize,
  processTerm: (term) => normalizeWord(term),
  searchOptions: {
    combineWith: 'AND',
    // Prefix on the last word only (typed as one searches), typos forgiven on long words only.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
    fuzzy: (term) => (term.length >= 7 ? 0.15 : false),
  },
};

/** The query as it is searched: cut to its maximum length. */
export function clampQuery(query: string): string {
  return query.slice(0, MAX_QUERY_LENGTH);
}

/** The best hits for a query, in rank order. */
export function searchIndex(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
  const q = clampQuery(query).trim();
  if (q === '') return [];
  return index
    .search(q)
    .slice(0, MAX_HITS)
    .map((result) => {
      const document: SearchDocument = {
        id: String(result.id),
        recordTitle: String(result['recordTitle']),
        sectionTitle: String(result['sectionTitle']),
        n: Number(result['n']),
        url: String(result['url']),
        text: String(result['text']),
      };
      return { document, html: highlight(document.text, new Set(result.terms)) };
    });
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

/** The page title for a query. */
export function searchTitle(query: string): string {
  const q = clampQuery(query).trim();
  return q ? `Recherche : ${q}` : 'Recherche';
}

/** The results block of the search page (the same markup on the server and in the browser). */
export function resultsHtml(query: string, hits: readonly SearchHit[]): string {
  const q = clampQuery(query).trim();
  if (q === '') {
    return '<p>Saisissez un ou plusieurs mots dans le champ de recherche ci-dessus. Les accents, les majuscules et les élisions (« l’Iran ») sont ignorés.</p>';
  }
  const count = hits.length === 0 ? 'Aucun résultat' : hits.length === 1 ? '1 résultat' : `${hits.length} résultats`;
  let html = `<p class="search-summary">${count} pour «\u202F${escapeHtml(q)}\u202F».</p>`;
  if (hits.length === 0) return html;
  html += '<ol class="search-results">';
  for (const { document: d, html: text } of hits) {
    html +=
      `<li><p class="search-where"><a href="${escapeHtml(d.url)}">${escapeHtml(frenchTypography(d.recordTitle))} — ${escapeHtml(d.sectionTitle)}, §\u202F${d.n}</a></p>` +
      `<p class="search-text">${text}</p></li>`;
  }
  return `${html}</ol>`;
}
