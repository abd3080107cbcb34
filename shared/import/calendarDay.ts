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
  const match = DAY_AND_TIME.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // NB: Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  if (day > lastDay.getUTCDate()) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [match[4], match[5], match[6], match[7], match[8]].map((n) =>
    n === undefined ? 0 : Number(n)
  ) as [number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return false;
  return offsetHour * 60 + offsetMinute <= 14 * 60 && offsetMinute <= 59;
}

// 2018-07-04, then optionally T10:00, :30, .123, Z or +01:00 / +0100 / +01.
const DAY_AND_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;
