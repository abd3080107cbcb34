import type { TextRange } from '@shared/contract/schemas';
import { splitSentences } from '@shared/text/sentences';
import { tokenize } from '@shared/text/tokens';

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

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’-]/u;

/** Where the word after `at` ends (a range's end moved one word right). */
export function nextWordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !WORD_CHAR.test(text[i]!)) i++;
  while (i < text.length && WORD_CHAR.test(text[i]!)) i++;
  // Punctuation right after the word goes with it (`Tuesday.`).
  while (i < text.length && /[.,;:!?…"”’)\]]/.test(text[i]!)) i++;
  return i;
}

/** Where the word before `at` ends, never before `min` + 1 (a range's end moved one word left, never to nothing). */
export function previousWordEnd(text: string, at: number, min: number): number {
  let i = at;
  while (i > min && !WORD_CHAR.test(text[i - 1]!)) i--;
  while (i > min && WORD_CHAR.test(text[i - 1]!)) i--;
  while (i > min && !WORD_CHAR.test(text[i - 1]!)) i--;
  return Math.max(i, Math.min(min + 1, at));
}

/** Where the word before `at` starts (a range's start moved one word left, taking the word). */
export function previousWordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !WORD_CHAR.test(text[i - 1]!)) i--;
  while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
  // An opening quote or bracket right before the word goes with it (`“We`).
  while (i > 0 && /["“‘([]/.test(text[i - 1]!)) i--;
  return i;
}

/** Where the word after the one at `at` starts, never after `max` − 1 (a range's start moved one word right, never to nothing). */
export function nextWordStart(text: string, at: number, max: number): number {
  let i = at;
  while (i < max && WORD_CHAR.test(text[i]!)) i++;
  while (i < max && !WORD_CHAR.test(text[i]!)) i++;
  return Math.min(i, Math.max(max - 1, at));
}
