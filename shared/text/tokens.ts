import { foldText, isPlainAscii } from './fold';
import { hasUnspaced, splitUnspaced } from './unspaced';

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
 * A word, the kernel's one definition of it: letters and digits, with inner apostrophes,
 * hyphens, dots and commas kept (`al-Sham`, `Assad's`, `U.S`, `2,000`). Every tokenizer of the
 * app's text reads words with this pattern (alignment's `alignWords` too, which then splits some).
 * NB: the `u` flag and `\p{…}` classes make this work for Arabic, Cyrillic, CJK and accented Latin.
 * NB: global, so use it only with `matchAll`, `match` or `replace`, which never share its
 * `lastIndex`; never with `exec` or `test`.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\-.,][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Where the full-text index splits a text (FTS5's `unicode61` tokenizer): on anything that is not a
 * letter, digit or mark, so `al-Sham` and `Assad's` are two words there, unlike {@link WORD}.
 */
export const INDEX_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** What {@link INDEX_SEPARATOR} leaves: one word of the full-text index, as written. NB: global, as {@link WORD}. */
const INDEX_PART = /[\p{L}\p{N}\p{M}]+/gu;

const INDEX_WORD = /[\p{L}\p{N}]+/gu;
/** {@link INDEX_WORD} for lower-cased plain ASCII, where it is the same and several times faster. */
const ASCII_INDEX_WORD = /[a-z0-9]+/g;

/**
 * A text's words as the full-text index splits them ({@link INDEX_SEPARATOR}, and runs of Chinese,
 * Japanese or Thai into their words: unspaced.ts), folded, so `Küchemann's` gives `kuchemann` and
 * `s`: what a score computed beside FTS5 must count.
 */
export function indexWords(text: string): string[] {
  if (isPlainAscii(text)) return text.toLowerCase().match(ASCII_INDEX_WORD) ?? [];
  const words = foldText(text).match(INDEX_WORD) ?? [];
  // Chinese, Japanese, Thai…: the index holds their words, not their runs (unspaced.ts).
  if (!hasUnspaced(text)) return words;
  return words.flatMap((w) => splitUnspaced(w).map((s) => w.slice(s.start, s.end)));
}

/**
 * A text's words as the full-text index splits them ({@link INDEX_SEPARATOR}, and unspaced scripts'
 * runs into their words: unspaced.ts), with their offsets
 * in the text as written: what to mark where the index matched a part of a word {@link tokenize}
 * keeps whole (`sham` in `al-Sham`). `norm` is folded as {@link indexWords} gives it.
 *
 * @example indexTokens("al-Sham's") // [{ norm: 'al', start: 0, end: 2 }, { norm: 'sham', start: 3, end: 7 }, { norm: 's', start: 8, end: 9 }]
 */
export function indexTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(INDEX_PART)) {
    // Chinese, Japanese, Thai…: the index holds their words, not their runs (unspaced.ts).
    for (const s of splitUnspaced(m[0])) {
      const norm = foldText(m[0].slice(s.start, s.end));
      // A lone combining mark folds to nothing: no word of the index.
      if (norm !== '') tokens.push({ norm, start: m.index + s.start, end: m.index + s.end });
    }
  }
  return tokens;
}

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

/**
 * {@link tokenize}, with each run of Chinese, Japanese, Thai… cut into the words ICU reads in it
 * (unspaced.ts), as the index and the word count read them: what the comparison aligns, so two
 * copies of a Chinese story share words, not whole runs between punctuation. Text without these
 * scripts gives exactly {@link tokenize}'s tokens (the same array, no copy).
 *
 * @example wordTokens('北京市政府宣布').map(t => t.norm) // ['北京市', '政府', '宣布']
 */
export function wordTokens(text: string): Token[] {
  const tokens = tokenize(text);
  if (!hasUnspaced(text)) return tokens;
  return tokens.flatMap((t) => {
    const raw = text.slice(t.start, t.end);
    if (!hasUnspaced(raw)) return [t];
    return splitUnspaced(raw)
      .filter((s) => WORDISH.test(raw.slice(s.start, s.end)))
      .map((s) => ({ norm: foldText(raw.slice(s.start, s.end)), start: t.start + s.start, end: t.start + s.end }));
  });
}

/**
 * Counts the words of a text the way the library list shows them: {@link WORD}'s matches, with
 * each run of Chinese, Japanese, Thai… counted as the words ICU reads in it (unspaced.ts), not as
 * one word. Text without these scripts counts exactly as {@link WORD} reads it.
 *
 * @example countWords('北京市政府宣布') // 3 (北京市, 政府, 宣布)
 */
export function countWords(text: string): number {
  if (isPlainAscii(text)) return countAsciiWords(text);
  // NB: a global `match` builds only the array of matched strings, not a match object per word.
  const words = text.match(WORD);
  if (words === null) return 0;
  if (!hasUnspaced(text)) return words.length;
  let count = 0;
  for (const word of words) count += unspacedWordCount(word);
  return count;
}

/** A letter or digit: a piece of a split word that is a word (a joiner between two runs is not). */
const WORDISH = /[\p{L}\p{N}]/u;

/** The words of one {@link WORD} match once its unspaced runs are cut (`北京-上海` is 2; `al-Sham` 1). */
function unspacedWordCount(word: string): number {
  if (!hasUnspaced(word)) return 1;
  let count = 0;
  for (const s of splitUnspaced(word)) if (WORDISH.test(word.slice(s.start, s.end))) count++;
  return count;
}

/**
 * {@link WORD}'s matches in plain ASCII, counted by character code: a run of letters and digits,
 * joined to the next run by one `'`, `-`, `.` or `,` between them. Line classification counts the
 * words of every line of every file, and this is several times faster than the regular expression.
 */
function countAsciiWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiWordChar(c)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && isJoiner(c) && isAsciiWordChar(text.charCodeAt(i + 1)))) {
      inWord = false;
    }
  }
  return count;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** `'`, `-`, `.`, `,`. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 45 || c === 46 || c === 44;
}

/**
 * The folded words of a text, without offsets: {@link tokenize}'s `norm`s, cheaper (no object per
 * word), for word counts and MinHash over whole articles.
 */
export function foldedWords(text: string): string[] {
  // Folding plain ASCII is lower-casing, which moves no word boundary: fold once, then split.
  if (isPlainAscii(text)) return text.toLowerCase().match(WORD) ?? [];
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) words[i] = foldText(words[i]!);
  return words;
}
