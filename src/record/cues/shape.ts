/** Cues of a text's shape: list markers, separators, abbreviations that end no sentence. */

/**
 * A list marker at the start of a line: "- ", "• ", "* ", "1. ", "2) ", "1- ", and a dash stuck
 * to a capitalised word ("-Visite du chantier"), but not a sign-off such as "-VNA-".
 */
export const LIST_MARKER = /^\s*(?:(?:[-–—•*·▪►]|\d{1,2}[.)]|\d{1,2}[-–])\s+|[-–•·▪►](?=\p{Lu}(?:\p{Ll}|\.)))/u;

/** Letters spaced out in a heading: "P R O G R A M M E" (four letters or more). */
export const SPACED_LETTERS = /^(?:\p{L} ){3,}\p{L}(?:\s|$)/u;

/** A line of only `---`, `***` or `___`: a separator, not a paragraph. */
export const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/u;

/** Abbreviations whose period ends no sentence: "M. Bensaid", "Dr Ndiaye", "J.-C.", "S.E. Mme X". */
export const ABBREVIATION = /(?:^|[\s(])(?:M|MM|Mme|Mgr|Me|Dr|Pr|Prof|St|Ste|av|apr|J\.-C|etc|cf|art|n°|S\.E|S\.M|LL\.EE|S\.A\.R)\.$/u;

/** Punctuation that ends a sentence or a clause, which a heading does not end with. */
export const CLOSING_PUNCTUATION = /[.!?;,:…»"]$/u;
