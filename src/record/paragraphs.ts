/** Cutting a body into numbered paragraphs: blank-line blocks for `.txt`, marked's blocks for `.md`. */
import { LIST_MARKER, SEPARATOR } from './cues/shape.js';
import { FINITE_VERB } from './cues/speech.js';
import { inlineText, lexMarkdown, renderBlock, renderInline } from './markdown.js';
import { ContentError } from '../errors.js';
import type { Paragraph, SeedFormat } from '../types.js';

type Draft = Omit<Paragraph, 'n' | 'id'>;

/** Splits a body into paragraphs numbered from 1. */
export function splitParagraphs(body: string, format: SeedFormat): Paragraph[] {
  const drafts = format === 'md' ? splitMarkdown(body) : splitText(body);
  return drafts.map((draft, index) => ({ n: index + 1, id: `p${index + 1}`, ...draft }));
}

/** Collapses runs of spaces and tabs, trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[ \t\u00a0\f\v]+/g, (run) => (run.includes('\u00a0') ? '\u00a0' : ' ')).trim();
}

/** A numbered point past which a sentence is prose: "4- Les deux Chefs d'Etat ont eu des entretiens…, qui…". */
const NUMBERED = /^\s*\d{1,2}[.)\-–]\s+/u;
const PROSE_POINT_WORDS = 15;

/** A numbered paragraph of prose (a communiqué's points), not a list item: a long sentence with its verb and period. */
function numberedProse(line: string): boolean {
  return NUMBERED.test(line) && line.split(/\s+/u).length > PROSE_POINT_WORDS && /[.!?…»"]$/u.test(line) && FINITE_VERB.test(line.replace(/’/gu, "'"));
}

/**
 * Plain text: blocks between blank lines, or every line when the file has no blank line.
 * A block whose lines are list items keeps one item per line; other blocks become one line.
 * @example splitText('A\nsuite\n\nB') → [{text: 'A suite'}, {text: 'B'}]
 */
export function splitText(body: string): Draft[] {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n[ \t]*\n/.test(text) ? text.split(/\n(?:[ \t]*\n)+/) : text.split('\n');
  const drafts: Draft[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map(normalizeSpace).filter((line) => line !== '' && !SEPARATOR.test(line));
    if (lines.length === 0) continue;
    const listLines = lines.filter((line) => LIST_MARKER.test(line)).length;
    const isList = listLines >= 2 || (lines.length === 1 && listLines === 1 && !numberedProse(lines[0]!));
    const joined = isList ? lines.join('\n') : lines.join(' ');
    drafts.push({ text: joined, plain: joined, html: null, listItem: isList });
  }
  return drafts;
}

/**
 * How deep markdown may nest (quotes in quotes, lists in lists, brackets in brackets): a meeting
 * report needs three or four levels; marked recurses once per level, and thousands would overflow
 * its stack. Deeper is refused at load, for that file, never met while serving.
 */
export const MAX_MARKDOWN_NESTING = 32;

/** The deepest nesting of a markdown body and its line (1-based, in the body): `> > [` counts 3, plus one per two spaces of indentation. */
export function markdownNesting(body: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  body.split('\n').forEach((text, i) => {
    const lead = /^(?:[ \t]*>)*/u.exec(text)?.[0] ?? '';
    const quotes = lead.split('>').length - 1;
    const indent = /^[ \t]*/u.exec(text.slice(lead.length))?.[0].replace(/\t/gu, '    ').length ?? 0;
    let brackets = 0;
    let open = 0;
    for (const char of text) {
      if (char === '[' || char === '(') brackets = Math.max(brackets, ++open);
      else if (char === ']' || char === ')') open = Math.max(0, open - 1);
    }
    const depth = quotes + Math.floor(indent / 2) + brackets;
    if (depth > deepest.depth) deepest = { depth, line: i + 1 };
  });
  return deepest;
}

/** Markdown: each block of marked's lexer is a paragraph; each list item is one. */
export function splitMarkdown(body: string): Draft[] {
  const nesting = markdownNesting(body);
  if (nesting.depth > MAX_MARKDOWN_NESTING) {
    throw new ContentError(`markdown imbriqué sur ${nesting.depth} niveaux (maximum ${MAX_MARKDOWN_NESTING}) : simplifiez ce passage`, nesting.line);
  }
  const drafts: Draft[] = [];
  for (const token of lexMarkdown(body)) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'list':
        for (const item of token.items) {
          const source = normalizeSpace(item.text.replace(/\s*\n\s*/g, ' '));
          if (source === '') continue;
          drafts.push({ text: source, plain: normalizeSpace(inlineText(source)), html: renderInline(source), listItem: true });
        }
        break;
      case 'paragraph':
      case 'heading':
      case 'text': {
        const source = normalizeSpace(token.text.replace(/\s*\n\s*/g, ' '));
        if (source === '' || SEPARATOR.test(source)) continue;
        drafts.push({ text: source, plain: normalizeSpace(inlineText(source)), html: renderInline(source), listItem: false });
        break;
      }
      default: {
        const source = normalizeSpace(token.raw.replace(/\s*\n\s*/g, ' '));
        if (source === '') continue;
        const words = 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
        drafts.push({ text: source, plain: normalizeSpace(inlineText(words).replace(/\s+/g, ' ')), html: renderBlock(token), listItem: false });
      }
    }
  }
  return drafts;
}
