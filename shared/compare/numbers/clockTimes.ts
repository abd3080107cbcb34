/**
 * Times of day in article text (`1:32 PM`, `12:50`, `4: 08 p. m.`, `9 a.m.`, `7.30pm`). A time is
 * when something happened or was published, never an amount: read as a figure, `1: 32 PM` became
 * "32 pm" and two articles updated at different minutes showed as disagreeing counts (review 16, #1).
 */
import type { Span } from '../analysis/spans';

/** `a.m.`, `pm`, `P.M.`, and the spaced forms OCR and translation leave (`p. m.`). */
const MERIDIEM = String.raw`[ap]\.?\s?m\b\.?`;

/**
 * Hours and minutes joined by a colon, with or without a space on either side (the ECB+ pages print
 * `1: 32 PM`); a dot joins them only when a.m. or p.m. follows, since `1.50` alone is a decimal.
 */
const COLON_TIME = new RegExp(String.raw`(?<![\d.,:])(?:[01]?\d|2[0-3])\s?:\s?[0-5]\d(?![\d:])(?:\s?${MERIDIEM})?`, 'gi');
const DOT_TIME = new RegExp(String.raw`(?<![\d.,:])(?:1[0-2]|0?[1-9])\.[0-5]\d\s?${MERIDIEM}`, 'gi');
/** An hour alone with a.m. or p.m. (`9 a.m.`, `12 PM`, `7pm`). */
const HOUR_TIME = new RegExp(String.raw`(?<![\d.,:])(?:1[0-2]|0?[1-9])\s?${MERIDIEM}`, 'gi');

/**
 * The spans of every time of day in `text`, in text order, overlaps merged.
 *
 * @example clockTimes('Updated 4: 08 p. m. ET') // [{start: 8, end: 19}]
 */
export function clockTimes(text: string): Span[] {
  const found: Span[] = [];
  for (const re of [COLON_TIME, DOT_TIME, HOUR_TIME]) {
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of found) {
    const last = out[out.length - 1];
    if (last !== undefined && span.start < last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else out.push(span);
  }
  return out;
}
