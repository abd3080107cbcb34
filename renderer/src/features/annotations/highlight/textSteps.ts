import type { TextRange } from '@shared/contract/schemas';
import { splitSentences } from '@shared/text/sentences';
import { WORD, tokenize } from '@shared/text/tokens';

/**
 * The sentences of a body, as ranges of it: the steps of the keyboard's sentence cursor (J/K,
 * arrows). The text kernel's splitter (shared/text/sentences.ts), the one comparison and
 * alignment use, so `Mr. Assad` or `J. Smith` is no step and the cursor stops where a reader
 * expects; a blank line always ends a sentence, so no step crosses a paragraph. Shift+arrows then
 * fix a step word by word.
 *
 * @example sentenceRanges('One. Two!\n\nThree') // [{0,4}, {5,9}, {11,16}]
 */
export function sentenceRanges(text: string): TextRange[] {
  return splitSentences(text, tokenize(text)).map(({ start, end }) => ({ start, end }));
}

/**
 * The kernel's words of `text` (`WORD`) from `from` on, as `[start, end)`, in order, lazily: a word
 * step lands on their edges. `from` is 0 or just after a space: no word straddles it.
 */
function* wordSpans(text: string, from: number): Generator<readonly [number, number]> {
  const rest = from === 0 ? text : text.slice(from);
  for (const m of rest.matchAll(WORD)) yield [from + m.index, from + m.index + m[0].length];
}

/**
 * Where to start reading words to find those near `at`, `back` code units before it: just after a
 * space (no word has one), else the text's start. NB: a step is one key press; reading a
 * 10,000-word article from its start took milliseconds a step, this reads a few words.
 */
function scanFrom(text: string, at: number, back: number): number {
  for (let i = Math.min(at, Math.max(0, at - back)); i > 0; i--) if (/\s/.test(text[i - 1]!)) return i;
  return 0;
}

/** The last word starting before `at` (the one `at` is in or after) and the word before it. */
function wordsBefore(text: string, at: number): { word?: readonly [number, number]; previous?: readonly [number, number] } {
  let from = scanFrom(text, at, 200);
  for (;;) {
    let word: readonly [number, number] | undefined;
    let previous: readonly [number, number] | undefined;
    for (const span of wordSpans(text, from)) {
      if (span[0] >= at) break;
      previous = word;
      word = span;
    }
    // Words longer than the window: read from the start.
    if (previous || from === 0) return { ...(word ? { word } : {}), ...(previous ? { previous } : {}) };
    from = 0;
  }
}

/**
 * Where the word after `at` ends (a range's end moved one word right): a step is one of the text
 * kernel's words, so `al-Sham`, `Assad's`, `U.S.` and `2,000` are one step, and a dash between
 * spaces is none.
 */
export function nextWordEnd(text: string, at: number): number {
  let i = text.length;
  for (const [, end] of wordSpans(text, scanFrom(text, at, 0))) {
    if (end > at) {
      i = end;
      break;
    }
  }
  // Punctuation right after the word goes with it (`Tuesday.`).
  while (i < text.length && /[.,;:!?…"”’)\]]/.test(text[i]!)) i++;
  return i;
}

/** Where the word before `at` ends, never before `min` + 1 (a range's end moved one word left, never to nothing). */
export function previousWordEnd(text: string, at: number, min: number): number {
  const { word, previous } = wordsBefore(text, at);
  const i = word && word[1] > min && word[0] > min && previous ? Math.max(previous[1], min) : min;
  return Math.max(i, Math.min(min + 1, at));
}

/** Where the word before `at` starts (a range's start moved one word left, taking the word). */
export function previousWordStart(text: string, at: number): number {
  let i = wordsBefore(text, at).word?.[0] ?? 0;
  // An opening quote or bracket right before the word goes with it (`“We`).
  while (i > 0 && /["“‘([]/.test(text[i - 1]!)) i--;
  return i;
}

/** Where the word after the one at `at` starts, never after `max` − 1 (a range's start moved one word right, never to nothing). */
export function nextWordStart(text: string, at: number, max: number): number {
  let i = text.length;
  for (const [start] of wordSpans(text, scanFrom(text, at, 0))) {
    if (start > at) {
      i = start;
      break;
    }
  }
  return Math.min(i, max, Math.max(max - 1, at));
}
