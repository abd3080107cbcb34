/**
 * Paragraphs and sentences with their offsets: the units the comparison analyses reason about.
 * Offsets are UTF-16 code units into the text as given (`text.slice(start, end)`).
 */

import { splitSentences } from '@shared/text/sentences';
import { tokenize, type Token } from '@shared/text/tokens';

/** A stretch of a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The non-blank lines of a text, trimmed. Imported articles keep one paragraph per line, so a line
 * is the paragraph a quote or a figure must stay inside.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed === '') continue;
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/**
 * The sentences of a text, never crossing a paragraph (line) break: the kernel's
 * `splitSentences` (shared/text/sentences.ts, one set of rules and abbreviations for the whole
 * app) run inside each line. A line's first sentence starts and its last ends where the line does,
 * so a leading dash or bullet and a trailing credit stay with them; a line without words is one
 * sentence.
 *
 * @param words `tokenize(text)`, when the caller has it already.
 * @example lineSentences('Talks failed. Mr. Jabbawi said so.').length // 2
 */
export function lineSentences(text: string, words: readonly Token[] = tokenize(text)): Span[] {
  const out: Span[] = [];
  const paragraphs = splitParagraphs(text);
  const wordsByLine = itemsBySpan(words, paragraphs);
  paragraphs.forEach((p, n) => {
    const sentences = splitSentences(text, wordsByLine[n]!);
    if (sentences.length === 0) {
      out.push(p);
      return;
    }
    sentences.forEach((s, i) => {
      const start = i === 0 && !opensWithStrayMark(text, p.start, s.start) ? p.start : s.start;
      out.push({ start, end: i === sentences.length - 1 ? p.end : s.end });
    });
  });
  return out;
}

/**
 * Whether a line opens with the end of the sentence before it: a full stop, comma or other mark
 * that a paragraph break in the page put at the start of the next line (seed 004:
 * `. About 90 minutes after …`). Such a mark is no part of the line's first sentence, so a
 * passage never starts with it; a dash, bullet or opening quote still does.
 */
function opensWithStrayMark(text: string, lineStart: number, sentenceStart: number): boolean {
  return sentenceStart > lineStart && /^[.,;:!?\u2026]/u.test(text.slice(lineStart, sentenceStart));
}

/**
 * Merges sorted spans that touch or are separated only by whitespace, so adjacent shared
 * sentences read as one passage.
 */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (s.start <= last.end || text.slice(last.end, s.start).trim() === '')) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else out.push(s);
  }
  return out;
}

/**
 * The items (tokens, figures…) inside each span, in one pass: both lists sorted by start. An item
 * belongs to the span it starts in and must end inside it.
 */
export function itemsBySpan<T extends Span>(items: readonly T[], spans: readonly Span[]): T[][] {
  const out: T[][] = spans.map(() => []);
  let k = 0;
  spans.forEach((s, n) => {
    while (k < items.length && items[k]!.start < s.start) k++;
    let j = k;
    while (j < items.length && items[j]!.start < s.end) {
      if (items[j]!.end <= s.end) out[n]!.push(items[j]!);
      j++;
    }
    k = j;
  });
  return out;
}
