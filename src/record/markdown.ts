/** One private marked instance, and the sanitizer every piece of its HTML goes through. */
import { createRequire } from 'node:module';
import { Marked, type Token, type Tokens } from 'marked';
import type sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** sanitize-html is loaded on the first markdown seed: plain-text seeds never need it. */
const require = createRequire(import.meta.url);
let sanitizer: ((html: string) => string) | undefined;
function sanitize(html: string): string {
  if (!sanitizer) {
    const sanitizeHtml = require('sanitize-html') as typeof import('sanitize-html');
    const options = sanitizeOptions(sanitizeHtml);
    sanitizer = (dirty) => sanitizeHtml(dirty, options);
  }
  return sanitizer(html);
}

const sanitizeOptions = (sanitizeHtml: typeof import('sanitize-html')): sanitizeHtml.IOptions => ({
  allowedTags: ['a', 'em', 'strong', 'code', 'br', 'del', 's', 'sub', 'sup', 'abbr', 'q', 'p', 'blockquote', 'pre',
    'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h2', 'h3', 'h4', 'h5', 'h6'],
  allowedAttributes: { a: ['href', 'title'], abbr: ['title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
});

/** marked's block tokens for a markdown body. */
export function lexMarkdown(body: string): Token[] {
  return marked.lexer(body);
}

/** Sanitized inline HTML of a markdown fragment: `**a**` → `<strong>a</strong>`. */
export function renderInline(markdown: string): string {
  return sanitize(marked.parseInline(markdown) as string);
}

/** Sanitized HTML of one block token (a quote, a table, code). */
export function renderBlock(token: Token): string {
  return sanitize(marked.parser([token]) as string);
}

/** The words of an inline markdown fragment, markup and raw HTML removed: `[a](u) *b*` → `a b`. */
export function inlineText(markdown: string): string {
  return collectText(marked.Lexer.lexInline(markdown));
}

function collectText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'html') continue;
    if (token.type === 'br') out += ' ';
    else if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) out += collectText(token.tokens);
    else if ('text' in token && typeof token.text === 'string') out += token.text;
  }
  return decodeEntities(out);
}

/** marked escapes &, <, >, " and ' in text tokens; the splitter wants the characters back. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

export type { Tokens };
