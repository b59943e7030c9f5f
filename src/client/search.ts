/**
 * Search without a server (static export): when the page was not rendered for the query in the
 * address bar, load the prebuilt index and render the results with the server's own code.
 * On the Node server the page already holds the results, and this script does nothing.
 */
import MiniSearch from 'minisearch';
import { documentTitle } from '../site/document-title.js';
import { INDEX_OPTIONS, clampQuery, resultsHtml, searchIndex, searchTitle, type SearchDocument } from '../site/search-core.js';
import { frenchTypography } from '../site/typography.js';

async function run(): Promise<void> {
  const results = document.getElementById('search-results');
  const indexUrl = results?.dataset['index'];
  if (!results || !indexUrl) return;
  const query = clampQuery(new URLSearchParams(window.location.search).get('q') ?? '');
  if (query === results.dataset['query']) return;

  const input = document.getElementById('site-q');
  if (input instanceof HTMLInputElement) input.value = query;
  results.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(indexUrl);
    if (!response.ok) throw new Error(`${indexUrl} : ${response.status}`);
    const index = MiniSearch.loadJSON<SearchDocument>(await response.text(), INDEX_OPTIONS);
    results.innerHTML = resultsHtml(query, searchIndex(index, query));
    results.dataset['query'] = query;
    document.title = frenchTypography(documentTitle(searchTitle(query)));
  } catch (error) {
    results.textContent = 'La recherche n’a pas pu être chargée. Rechargez la page pour réessayer.';
    console.error(error);
  } finally {
    results.removeAttribute('aria-busy');
  }
}

void run();
