/**
 * True when `value` is a day that exists, alone or followed by a time that exists:
 * `2018-07-04`, `2016-02-29T10:00Z` and `2018-07-04T23:59:59.999+05:30` are, `2018-13-45`,
 * `2018-02-30`, `2024-01-01T25:00` and `2024-01-01T:::` are not (review 13: the time was only
 * matched by `T[\d:.]+`, so a correction could store an hour 25 or a time of colons). A time is
 * `THH:MM`, then optionally `:SS` and a fraction, then optionally `Z` or an offset (`+01`,
 * `+0100`, `+01:00`, up to ±14:00). Any year is allowed (a correction may date an archive piece),
 * unlike the import's date reading, which trusts only 1900–2099.
 *
 * @example
 * isCalendarDay('2018-07-04'); // true
 * isCalendarDay('2018-02-30'); // false
 * isCalendarDay('2024-01-01T25:00'); // false
 */
export function isCalendarDay(value: string): boolean {
  return calendarDayProblem(value) === undefined;
}

/** The part of a date string that does not exist, and its text as written. */
export interface CalendarDayProblem {
  /** The day (`2018-02-30`), the time of day (`25:00`) or the offset from UTC (`+15:00`). */
  readonly part: 'day' | 'time' | 'offset';
  /** That part as written, without the `T` before a time. */
  readonly text: string;
}

/**
 * What makes `value` not a day (and time) that exists, for a message that names it; undefined
 * when {@link isCalendarDay} takes it. The day is judged first: `2018-02-30T25:00` is a day problem.
 *
 * @example
 * calendarDayProblem('2024-01-01T25:00'); // { part: 'time', text: '25:00' }
 * calendarDayProblem('2018-02-30'); // { part: 'day', text: '2018-02-30' }
 */
export function calendarDayProblem(value: string): CalendarDayProblem | undefined {
  const day = DAY.exec(value);
  if (!day || !dayExists(Number(day[1]), Number(day[2]), Number(day[3]))) return { part: 'day', text: value.slice(0, 10) };
  const rest = value.slice(day[0].length);
  if (rest === '') return undefined;
  const time = TIME.exec(rest);
  if (!time) return { part: 'time', text: rest.replace(/^T/, '') };
  const [hour, minute, second, offsetHour, offsetMinute] = [time[2], time[3], time[4], time[6], time[7]].map((n) =>
    n === undefined ? 0 : Number(n)
  ) as [number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return { part: 'time', text: time[1]! };
  if (offsetHour * 60 + offsetMinute > 14 * 60 || offsetMinute > 59) return { part: 'offset', text: time[5]! };
  return undefined;
}

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // NB: Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return day <= lastDay.getUTCDate();
}

// 2018-07-04
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
// Then optionally T10:00, :30, .123 (group 1, the time of day), Z or +01:00 / +0100 / +01 (group 5).
const TIME = /^T((\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)(Z|[+-](\d{2})(?::?(\d{2}))?)?$/;
