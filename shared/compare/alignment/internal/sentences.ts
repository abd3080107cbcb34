/**
 * Sentence splitting for alignment: rule-based, over the words `alignWords` found, so that every
 * sentence knows both its character span and its word range.
 *
 * Alignment works on sentences because reused text is reused sentence by sentence: a passage
 * copied with light edits keeps most of its sentences recognisable, and sentence spans give
 * passage boundaries a reader accepts.
 */

import type { Token } from '../../../text/tokens';

/** One sentence: `[start, end)` in UTF-16 units and `[wordStart, wordEnd)` into the word list. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly wordStart: number;
  readonly wordEnd: number;
}

/**
 * Words that end with a dot without ending a sentence. Single letters (initials, "U.S." split
 * oddly) are handled separately.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m'
]);

const TERMINAL = /[.!?\u2026\u3002\u061f]/;
const SPACE = /\s/;

/** True when the gap between two words (the text between them) ends a sentence. */
function endsSentence(text: string, gapStart: number, gapEnd: number, prev: Token, next: Token): boolean {
  let terminal = false;
  let newlines = 0;
  let sawSpace = false;
  // Anything but space after the first space: an opening quote, a dash, "//", a bullet.
  let markAfterSpace = false;
  for (let i = gapStart; i < gapEnd; i++) {
    const ch = text[i]!;
    if (ch === '\n') newlines++;
    if (SPACE.test(ch)) sawSpace = true;
    else if (sawSpace) markAfterSpace = true;
    else if (TERMINAL.test(ch)) terminal = true;
  }
  // A blank line always ends a paragraph, and with it a sentence.
  if (newlines >= 2) return true;
  const nextCh = text[next.start]!;
  const nextLower = nextCh !== nextCh.toUpperCase();
  // A line break before a capital: headings, captions and one-line paragraphs without a full stop.
  if (newlines === 1 && !nextLower && nextCh !== nextCh.toLowerCase()) return true;
  if (!terminal) return false;
  // "botanist.On": a full stop straight before a capital, when scraping lost the space.
  if (!sawSpace)
    return !nextLower && nextCh !== nextCh.toLowerCase() && prev.end - prev.start >= 2 && !ABBREVIATIONS.has(prev.norm);
  // "e.g. the", "U.S. officials": a lower-case word straight after the dot continues the sentence.
  if (nextLower && !markAfterSpace) return false;
  // "Mr. Assad", "J. Smith": a dot after an abbreviation or an initial is not a full stop.
  if (text[prev.end] === '.') {
    if (ABBREVIATIONS.has(prev.norm)) return false;
    if (prev.end - prev.start === 1 && /\p{Lu}/u.test(text[prev.start]!)) return false;
  }
  return true;
}

/**
 * Splits `text` into sentences over its `words`. Every word belongs to exactly one sentence; the
 * sentence's span runs from its first visible character (an opening quote included) to its last
 * (closing punctuation and quotes included).
 *
 * @example splitSentences(t, alignWords(t)) // t = 'It failed. Talks "ended".' → two sentences
 */
export function splitSentences(text: string, words: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  if (words.length === 0) return sentences;
  let wordStart = 0;
  let start = visibleStartBefore(text, words[0]!.start, 0);
  for (let i = 0; i + 1 < words.length; i++) {
    const prev = words[i]!;
    const next = words[i + 1]!;
    if (!endsSentence(text, prev.end, next.start, prev, next)) continue;
    // The gap splits at its first whitespace: what comes before closes this sentence, what
    // follows the last whitespace opens the next.
    let cut = prev.end;
    while (cut < next.start && !SPACE.test(text[cut]!)) cut++;
    sentences.push({ start, end: cut, wordStart, wordEnd: i + 1 });
    wordStart = i + 1;
    start = visibleStartBefore(text, next.start, cut);
  }
  const last = words[words.length - 1]!;
  let end = last.end;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  sentences.push({ start, end, wordStart, wordEnd: words.length });
  return sentences;
}

/** The first non-space position in `[floor, wordStart]` reached by walking back from the word. */
function visibleStartBefore(text: string, wordStart: number, floor: number): number {
  let s = wordStart;
  while (s > floor && !SPACE.test(text[s - 1]!)) s--;
  return s;
}
