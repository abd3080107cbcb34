/**
 * True when `value` begins with a day that exists: `2018-07-04` and `2016-02-29T10:00Z` do,
 * `2018-13-45` and `2018-02-30` do not. Any year is allowed (a correction may date an archive
 * piece), unlike the import's date reading, which trusts only 1900–2099.
 *
 * @example
 * isCalendarDay('2018-07-04'); // true
 * isCalendarDay('2018-02-30'); // false
 */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // NB: Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return day <= lastDay.getUTCDate();
}
