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
  let start = 0;
  // NB: a scan by character code, not a regex: wire archives have tens of lines per article.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i, raw: text.slice(start, i) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
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
