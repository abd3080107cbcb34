import type { TextRange } from '../../../../../shared/contract/schemas';
import { splitParagraphs } from '../../reader/paragraphs';

/** A sentence ends at . ! ? or … (with closing quotes or brackets), before white space. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+/g;

/**
 * The sentences of a body, as ranges of it, never crossing a paragraph: the steps of the
 * keyboard's sentence cursor (J/K, arrows). A rough cut (an abbreviation ends a sentence), which
 * is enough for a cursor that Shift+arrows can then fix word by word.
 *
 * @example sentenceRanges('One. Two!\n\nThree') // [{0,4}, {5,9}, {11,16}]
 */
export function sentenceRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const slice = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const m of slice.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].trimEnd().length;
      out.push({ start: paragraph.start + start, end: paragraph.start + end });
      start = m.index + m[0].length;
    }
    if (start < slice.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  }
  return out;
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
