/** Splitting an article into lines that remember where they stand in the original text. */

/** One line of a text, without its line break. */
export interface RawLine {
  /** Offset of the line's first code unit in the text. */
  readonly start: number;
  /** Offset one past the line's last code unit (before the line break). */
  readonly end: number;
  readonly raw: string;
}

/**
 * Splits a text at `\n`, `\r\n` and `\r`, keeping offsets, so removals can point into the text
 * exactly as the caller stored it.
 *
 * @example splitLines('a\r\nbc').map(l => [l.start, l.end]) // [[0, 1], [3, 5]]
 */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    lines.push({ start, end: m.index, raw: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, raw: text.slice(start) });
  return lines;
}

/**
 * The span of a line without leading and trailing whitespace (no-break spaces and zero-width
 * characters included), so a removal marks exactly the visible text.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const blank = /[\s\u200b\u2060\ufeff\u00ad]/;
  let s = start;
  let e = end;
  while (s < e && blank.test(text.charAt(s))) s++;
  while (e > s && blank.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
