import { titleEcho } from './titleEcho';

/** A range of a text, in UTF-16 code units (the shape of `TextRange` in shared/contract). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A blank line (possibly holding spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n\s*/g;

/**
 * The paragraphs of an article body as ranges of the body (so highlights computed on the whole
 * text apply unchanged), each trimmed of surrounding white space; empty ones are dropped. A single
 * line break stays inside its paragraph.
 *
 * @example splitParagraphs('One.\n\nTwo.') // [{ start: 0, end: 4 }, { start: 6, end: 10 }]
 */
export function splitParagraphs(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) ranges.push({ start: from, end: to });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return ranges;
}

/**
 * The title's echo (`titleEcho`) as views leave it out: null when a highlight lies on it, since
 * what was highlighted is always shown. The reader, the comparison's columns and every export take
 * this one rule, so the paragraphs a report counts are the ones the user reads.
 */
export function hiddenEcho(echo: Range | null, highlights: readonly Range[]): Range | null {
  if (!echo) return null;
  return highlights.some((h) => h.start < echo.end && h.end > echo.start) ? null : echo;
}

/**
 * The paragraphs of `body` a view shows, in order: every paragraph (`splitParagraphs`) but a first
 * one that only repeats `title`, unless one of `highlights` (body ranges: the article's highlights
 * that have a place) lies on it. The n-th range is what the user sees as paragraph n.
 */
export function shownParagraphs(title: string, body: string, highlights: readonly Range[]): Range[] {
  const hidden = hiddenEcho(titleEcho(title, body), highlights);
  const all = splitParagraphs(body);
  return hidden ? all.filter((p) => p.start >= hidden.end) : all;
}

/**
 * Where the text a view shows starts: 0, or, when the title's echo is hidden (`hiddenEcho`: no
 * highlight on it), just past it and the white space after it. The exports print the full text
 * from here and number paragraphs with {@link shownParagraphs} over the same `highlights` (every
 * placed highlight of the article, not only those in the report), so the two never disagree.
 */
export function shownStart(title: string, body: string, highlights: readonly Range[]): number {
  const echo = hiddenEcho(titleEcho(title, body), highlights);
  if (!echo) return 0;
  return echo.end + /^\s*/.exec(body.slice(echo.end, echo.end + 200))![0].length;
}

/**
 * The 1-based number, among `paragraphs` (from `shownParagraphs`), of the paragraph holding
 * `offset`: an offset in the white space between two paragraphs counts as the next one (a
 * highlight starting there has its words there), one past the last paragraph as the last one.
 * Null when nothing is shown.
 */
export function paragraphNumber(paragraphs: readonly Range[], offset: number): number | null {
  if (paragraphs.length === 0) return null;
  for (let i = 0; i < paragraphs.length; i++) if (offset < paragraphs[i]!.end) return i + 1;
  return paragraphs.length;
}
