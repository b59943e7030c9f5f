/** The `<title>` of a page, shared by the server and the browser's search page. */

const SITE_NAME = 'Comptes rendus';
const MAX_DOCUMENT_TITLE = 70;

/** The `<title>`: the page title with the site name, shortened at a word to 70 characters. */
export function documentTitle(pageTitle: string): string {
  const full = `${pageTitle} · ${SITE_NAME}`;
  if (full.length <= MAX_DOCUMENT_TITLE) return full;
  if (pageTitle.length <= MAX_DOCUMENT_TITLE) return pageTitle;
  return `${pageTitle.slice(0, MAX_DOCUMENT_TITLE - 1).replace(/\s+\S*$/u, '')}…`;
}

