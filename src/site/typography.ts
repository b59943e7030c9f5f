/** French typography for display only: the words never change, the API keeps the source text. */

const NNBSP = '\u202F';

/**
 * Narrow no-break space before « : ; ! ? » and inside « », typographic apostrophe.
 * @example frenchTypography("l'accord « signé » : oui") → "l’accord « signé » : oui" (with U+202F)
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/«[ \u00a0\u202f]*/gu, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/gu, `${NNBSP}»`)
    .replace(/(?<=\S)[ \u00a0\u202f]?([:;!?]+)(?=[\s»"”)\]]|$)/gu, `${NNBSP}$1`);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** The same, applied to the text between the tags of sanitized HTML (attributes untouched). */
export function frenchTypographyHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/u)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const text = part.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/gu, (_, name: string) => ENTITIES[name] ?? '');
      return escapeHtml(frenchTypography(text));
    })
    .join('');
}

/** Escapes &, <, > and quotes for HTML text and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
