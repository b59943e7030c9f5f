/**
 * Building the splitter's patterns from the lexicon: French-aware word boundaries, accent-blind
 * words, alternations of word lists. Every cue of `../cues/` is compiled here.
 */

/**
 * The letters cues look at: Latin with its extensions, Greek and Cyrillic. Not \p{L}: under the
 * `i` flag V8 case-folds every class it compiles, and folding all of \p{L} costs about 0.2 ms per
 * occurrence — hundreds of them, most of a cold start. These ranges fold a hundred times faster.
 */
export const LETTERS = String.raw`a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff`;
/** One letter. */
export const L = `[${LETTERS}]`;

/** A word boundary that knows accented letters (JavaScript's `\\b` treats "é" as a non-word). */
const BOUNDARY = String.raw`(?:(?<=[${LETTERS}0-9_])(?![${LETTERS}0-9_])|(?<![${LETTERS}0-9_])(?=[${LETTERS}0-9_]))`;
/** A word start and a word end, cheaper than BOUNDARY where the pattern tells which one it is. */
export const WORD_START = String.raw`(?<![${LETTERS}0-9_])`;
export const WORD_END = String.raw`(?![${LETTERS}0-9_])`;

/** The unaccented letter of an accented one: "é" → "e", "Ç" → "C"; undefined for any other character. */
function baseLetter(char: string): string | undefined {
  const base = char.normalize('NFD').charAt(0);
  return base !== char && /^[a-zA-Z]$/u.test(base) ? base : undefined;
}

/**
 * Makes the accented letters of literal words accept their bare letter too: capitals often lose
 * their accents in French writing ("PROGRAMME DE LA JOURNEE", "A l'invitation"). Only in words of
 * three letters or more, where no other word hides: "à" and "a", "où" and "ou" stay apart.
 * Character classes and escapes are left as they are.
 * @example accentBlind('journée') → 'journ[ée]e'
 */
export function accentBlind(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '\\') {
      // An escape and what it escapes (with the braces of \p{…} or \u{…}) are copied whole.
      const brace = /^\\[pPu]\{[^}]*\}/u.exec(source.slice(i));
      const length = brace ? brace[0].length : 2;
      out += source.slice(i, i + length);
      i += length - 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      continue;
    }
    const base = baseLetter(char);
    out += base !== undefined && literalWordLength(source, i) >= 3 ? `[${char}${base}]` : char;
  }
  return out;
}

const isLiteralLetter = (source: string, at: number): boolean =>
  at >= 0 && at < source.length && /\p{L}/u.test(source[at]!) && source[at - 1] !== '\\';

/** How many literal letters run through position `at` of a pattern's source. */
function literalWordLength(source: string, at: number): number {
  let start = at;
  let end = at;
  while (isLiteralLetter(source, start - 1)) start -= 1;
  while (isLiteralLetter(source, end + 1)) end += 1;
  return end - start + 1;
}

/**
 * Compiles a cue with French-aware word boundaries and accent-blind words: every `\b` becomes a
 * Unicode boundary — a word start when a literal letter (or a group opening with one) follows it,
 * a word end when one precedes it (the same matches, a third of the work), else BOUNDARY.
 */
export function fr(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const source = pattern.source.replace(/\\b/gu, (_match, offset: number, whole: string) => {
    const next = whole.charAt(offset + 2);
    const previous = whole.charAt(offset - 1);
    const escaped = offset >= 2 && whole.charAt(offset - 2) === '\\';
    const optional = /[?*{]/u.test(whole.charAt(offset + 3));
    if (/\p{L}/u.test(next) && !optional) return WORD_START;
    if (/\p{L}/u.test(previous) && !escaped) return WORD_END;
    // "\b(?:s'est|se sont)…": a group whose first word starts with a letter starts a word too. A
    // one-sided look is much cheaper than BOUNDARY where a pattern begins.
    if (/^(?:\((?:\?:)?)+\p{L}/u.test(whole.slice(offset + 2)) && !/[\p{L})]$/u.test(whole.slice(0, offset))) return WORD_START;
    return BOUNDARY;
  });
  return new RegExp(ACCENT_BLIND ? accentBlind(source) : source, flags);
}

/** Accent-blind matching of the lexicon's words (see `accentBlind`). */
const ACCENT_BLIND = true;

/** Escapes a word for use inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first so that "ministres" wins over "ministre". */
export function words(list: Iterable<string>): string {
  return `(?:${[...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}

/** Folds ’ and other apostrophes to ', so one pattern catches both spellings. */
export function foldApostrophes(text: string): string {
  return text.replace(/[’‘`´]/g, "'");
}

/** A word that may open with a capital in a case-sensitive pattern: "sommet" → "[Ss]ommet". */
export function capitalOrNot(word: string): string {
  const first = word.charAt(0);
  return `[${first.toLocaleUpperCase('fr')}${first}]${escapeRegExp(word.slice(1))}`;
}
