import type { DateRange } from './types';

/** A calendar day, month or year as typed: `2018`, `2018-07`, `2018-07-04` (zero padding optional). */
const PERIOD = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

interface Period {
  /** First day, `YYYY-MM-DD`. */
  readonly first: string;
  /** The day after the last day, `YYYY-MM-DD`, or null past year 9999. */
  readonly after: string | null;
}

/** What a `date:` value means, and whether it was read in a way the user should hear about. */
export interface ParsedDate {
  readonly range: DateRange;
  /** Set when the range was given backwards (`2018-08..2018-07`) and was swapped. */
  readonly swapped: boolean;
}

/**
 * Reads the value of a `date:` filter: a year, month or day, or a range of them with `..`, open at
 * either end. Returns null for anything else, so the caller can tell the user it was ignored.
 *
 * @example
 * parseDateFilter('2018-07..2018-08') // { range: { from: '2018-07-01', before: '2018-09-01' }, swapped: false }
 * parseDateFilter('..2018-07')        // { range: { from: null, before: '2018-08-01' }, swapped: false }
 * parseDateFilter('2018-07-04')       // { range: { from: '2018-07-04', before: '2018-07-05' }, swapped: false }
 * parseDateFilter('last week')        // null
 */
export function parseDateFilter(value: string): ParsedDate | null {
  const text = value.trim();
  const dots = text.indexOf('..');
  if (dots < 0) {
    const period = parsePeriod(text);
    return period ? { range: { from: period.first, before: period.after }, swapped: false } : null;
  }
  const left = text.slice(0, dots).trim();
  const right = text.slice(dots + 2).trim();
  if (left === '' && right === '') return null;
  const start = left === '' ? null : parsePeriod(left);
  const end = right === '' ? null : parsePeriod(right);
  if ((left !== '' && !start) || (right !== '' && !end)) return null;
  if (start && end && end.first < start.first) {
    return { range: { from: end.first, before: start.after }, swapped: true };
  }
  return { range: { from: start?.first ?? null, before: end ? end.after : null }, swapped: false };
}

/**
 * The days two ranges have in common (several `date:` filters must all hold).
 * The result may be empty (`from >= before`): see {@link isEmptyRange}.
 */
export function intersectRanges(a: DateRange, b: DateRange): DateRange {
  return {
    from: a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from,
    before: a.before === null ? b.before : b.before === null ? a.before : a.before < b.before ? a.before : b.before
  };
}

/** True when no day can fall in the range. */
export function isEmptyRange(range: DateRange): boolean {
  return range.from !== null && range.before !== null && range.from >= range.before;
}

function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return { first: formatDay(year, 1, 1), after: nextDay(year, 12, 31) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { first: formatDay(year, month, 1), after: nextDay(year, month, daysInMonth(year, month)) };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { first: formatDay(year, month, day), after: nextDay(year, month, day) };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no time zone can shift it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function nextDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  const y = d.getUTCFullYear();
  // NB: a five-digit year would sort before '9999-…' as a string; past the end is just open.
  return y > 9999 ? null : formatDay(y, d.getUTCMonth() + 1, d.getUTCDate());
}

function formatDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
