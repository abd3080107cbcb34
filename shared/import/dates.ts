/**
 * Finding publication dates in article text. Forms that name the month or follow ISO 8601 are
 * read; a date in figures (`04/07/2018`) only alone on its line and only when the order of day and
 * month is certain (`readNumericDateLine`): `04/07/2018` is July 4 in Washington and April 7 in
 * London, and a wrong date is worse than none.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12
};

/** A regular-expression source for a month name or its abbreviation (`July`, `Jul`, `Sept`). */
export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';

/** `4 July 2018`, `04 July, 2018`, `4th of July 2018`. */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`, 'gi');
/** `July 4, 2018`, `Jul. 4 2018`. */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
/** `2018-07-04`, optionally with a time (`2018-07-04T10:30:00Z`); the time is dropped. */
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g;

const FOUR_DIGITS = /\d{4}/;

/** A date found in a text, with where it stands. */
export interface DateMatch {
  /** `YYYY-MM-DD`. */
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

/**
 * Every valid date written with a month name or in ISO form, in text order. Impossible dates
 * (`31 June 2018`) and years outside 1900–2099 are skipped, never corrected.
 *
 * @example findDates('on July 4, 2018.').map(d => d.iso) // ['2018-07-04']
 */
export function findDates(text: string): DateMatch[] {
  // Every form has a four-digit year: most paragraphs have none, and skip three scans.
  if (!FOUR_DIGITS.test(text)) return [];
  const found: DateMatch[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) push(found, m, m[3], monthOf(m[2]), m[1]);
  for (const m of text.matchAll(MONTH_DAY_YEAR)) push(found, m, m[3], monthOf(m[1]), m[2]);
  for (const m of text.matchAll(ISO)) push(found, m, m[1], Number(m[2]), m[3]);
  found.sort((a, b) => a.index - b.index);
  // The two month-name forms can overlap (`4 July 4, 2018` is garbage either way): keep the first.
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.index + found[i - 1]!.length);
}

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

function push(out: DateMatch[], m: RegExpMatchArray, year: string | undefined, month: number, day: string | undefined): void {
  const iso = toIso(Number(year), month, Number(day));
  if (iso !== undefined && m.index !== undefined) out.push({ iso, index: m.index, length: m[0].length });
}

/** `YYYY-MM-DD` for a real calendar date, else `undefined`. */
export function toIso(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2099) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How a date line labels its date. */
export type DateKind = 'published' | 'updated' | 'plain';

/** A date read from a line that holds nothing but dates and their labels. */
export interface LineDate {
  readonly iso: string;
  readonly kind: DateKind;
}

const PUBLISHED = /\b(?:published|posted|first published|date)\b/i;
const UPDATED = /\b(?:updated|last updated|modified|last modified)\b/i;
/** What may stand around a date on a date line: labels, weekdays, times, time zones, separators. */
const DATE_LINE_FILLER = new RegExp(
  [
    `\\b(?:${WEEKDAYS})\\b\\.?`,
    '\\b(?:first |last )?(?:published|posted|updated|modified|date)\\b(?:\\s+on)?',
    '\\b(?:on|at)\\b',
    // NB: `05: 31`: ECB+'s texts are tokenised with a space after a time's colon.
    '\\b\\d{1,2}[:.]\\s?\\d{2}(?:[:.]\\s?\\d{2})?(?:\\s*[ap]\\.?m\\.?)?',
    '\\b\\d{1,2}\\s*[ap]\\.?m\\.?',
    '\\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|AST|IST|local time)\\b(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?',
    '[,.:;|()\\-–—/\\s]'
  ].join('|'),
  'gi'
);

/**
 * Reads a date line — a line that is only a date with its labels (`04 July, 2018`,
 * `Wednesday 4 July 2018 10:30 GMT`, `Published: July 4, 2018 | Updated: July 5, 2018`).
 * Returns its dates with how each is labelled, or an empty list when the line says anything else:
 * a date inside a sentence is about an event, not about the article.
 */
export function readDateLine(line: string): LineDate[] {
  if (line.length > 120) return [];
  const dates = findDates(line);
  if (dates.length === 0) return [];
  let rest = '';
  let from = 0;
  const out: LineDate[] = [];
  for (const d of dates) {
    const before = line.slice(from, d.index);
    rest += before;
    // The label that counts is the one closest before the date (`Published: … | Updated: …`).
    const kind: DateKind = lastLabel(before);
    out.push({ iso: d.iso, kind });
    from = d.index + d.length;
  }
  rest += line.slice(from);
  return rest.replace(DATE_LINE_FILLER, '') === '' ? out : [];
}

/**
 * A date written in figures with slashes or dots (`04/04/2012`, `4/4/2012 10:32`, `11 / 09 / 2010`
 * as ECB+'s tokenised texts write it), two- or four-digit year.
 */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\s?([/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/.])/g;

/**
 * Reads a line that holds nothing but one date written in figures (`04/04/2012`, `Posted
 * 4/4/2012 10:32`), with its labels, weekday and time. `undefined` when the line is anything else;
 * otherwise the line is a date line (never a title) and `iso` is its date when the order of day
 * and month is certain: both the same (`04/04/2012`) or one above 12 (`25/12/2012`,
 * `12/25/2012`). NB: `04/07/2018` is July 4 in Washington and April 7 in London, and a two-digit
 * year names no century: such a line gives no date, since a wrong date is worse than none.
 *
 * @example readNumericDateLine('4/4/2012 10:32') // { iso: '2012-04-04' }
 */
export function readNumericDateLine(line: string): { readonly iso: string | undefined } | undefined {
  if (line.length > 120) return undefined;
  const matches = [...line.matchAll(NUMERIC_DATE)];
  if (matches.length !== 1) return undefined;
  const m = matches[0]!;
  const rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length);
  if (rest.replace(DATE_LINE_FILLER, '') !== '') return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const year = m[4]!.length === 4 ? Number(m[4]) : undefined;
  // Not a date in either order (`40/50/2012`): figures, not a date line.
  const plausible = (day: number, month: number) => toIso(year ?? 2000, month, day) !== undefined;
  if (!plausible(a, b) && !plausible(b, a)) return undefined;
  if (year === undefined) return { iso: undefined };
  const iso = a === b || b > 12 ? toIso(year, a, b) : a > 12 ? toIso(year, b, a) : undefined;
  return { iso };
}

function lastLabel(text: string): DateKind {
  const p = lastIndex(text, PUBLISHED);
  const u = lastIndex(text, UPDATED);
  if (p < 0 && u < 0) return 'plain';
  return u > p ? 'updated' : 'published';
}

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(re.source, 'gi'))) last = m.index;
  return last;
}
