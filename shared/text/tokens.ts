import { foldText } from './fold';

/** A word of a text with where it stands, in UTF-16 code units (`text.slice(start, end)`). */
export interface Token {
  /** The word folded with {@link foldText}: what comparisons use. */
  readonly norm: string;
  /** Offset of the first code unit in the original text. */
  readonly start: number;
  /** Offset one past the last code unit in the original text. */
  readonly end: number;
}

/**
 * Letters and digits, with inner apostrophes and hyphens kept (`al-Sham`, `Assad's`, `2,000`).
 * NB: the `u` flag and `\p{…}` classes make this work for Arabic, Cyrillic, CJK and accented Latin.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\-.,][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Splits a text into words with their offsets. Punctuation, whitespace and symbols are skipped.
 * Numbers keep their inner separators (`1,400`, `3.5`), so figures compare as wholes.
 *
 * @example tokenize('Deraa, July 4').map(t => t.norm) // ['deraa', 'july', '4']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    // A trailing abbreviation dot or thousands comma is never inside WORD, but a sentence-final
    // "U.S." keeps its inner dots: that is what we want.
    tokens.push({ norm: foldText(raw), start, end: start + raw.length });
  }
  return tokens;
}

/** Counts the words of a text the way the library list shows them. */
export function countWords(text: string): number {
  // NB: a global `match` builds only the array of matched strings, not a match object per word.
  return text.match(WORD)?.length ?? 0;
}
