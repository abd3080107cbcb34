const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const yearFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', timeZone: 'UTC' });
// The same fields as dayFormat, then the minute: dateStyle 'medium' is another format in some locales (de: 07.12.2026).
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit'
});

/** A count with the user's digit grouping (`12,480`). */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** `1 article`, `2 articles`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * A publication date as the user's locale writes it. Articles often carry only a day, a month or a
 * year, and are shown to that precision; a day is never shifted by the viewer's time zone. With
 * {@link formatMoment}, the one way the window writes dates (the locale is the window's: the
 * system's in the desktop app, the browser's in browser mode).
 *
 * @example formatPublished('2018-07-04') // 'Jul 4, 2018' (en-US)
 * @example formatPublished('2018-07') // 'Jul 2018' (en-US)
 * @example formatPublished('2018') // '2018' (en-US; '2018年' in Japanese)
 */
export function formatPublished(value: string | null): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return dayFormat.format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return monthFormat.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  if (/^\d{4}$/.test(value)) return yearFormat.format(Date.UTC(Number(value), 0, 1));
  return value;
}

/**
 * A moment (an import's start, a backup, a recent search) in the user's locale and time zone: the
 * day as {@link formatPublished} writes it, then the minute.
 *
 * @example formatMoment('2026-12-07T05:31:50Z') // 'Dec 7, 2026, 5:31 AM' (en-US, UTC)
 */
export function formatMoment(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : dateTimeFormat.format(time);
}

/** Splits a path into its folder (with the trailing separator) and its last part. */
export function splitPath(path: string): { dir: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? { dir: '', name: path } : { dir: path.slice(0, cut + 1), name: path.slice(cut + 1) };
}

/**
 * An import's speed: whole files a second, with one decimal below 10 so a slow import of large
 * files does not read as `0 files/s`.
 *
 * @example formatRate(84.6) // '85 files/s'
 * @example formatRate(2.46) // '2.5 files/s'
 */
export function formatRate(filesPerSecond: number): string {
  const format = filesPerSecond > 0 && filesPerSecond < 10 ? oneDecimalFormat : numberFormat;
  return `${format.format(filesPerSecond)} files/s`;
}

/**
 * Time left, rounded the way people say it: an estimate should not tick by the second, and
 * should not promise more precision than it has.
 *
 * @example formatTimeLeft(130) // 'about 2 min left'
 * @example formatTimeLeft(4) // 'a few seconds left'
 * @example formatTimeLeft(null) // 'estimating time left…'
 */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating time left…';
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 55) return `about ${Math.round(seconds / 10) * 10} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${Math.max(minutes, 1)} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round((minutes % 60) / 5) * 5;
  return rest === 0 || rest === 60 ? `about ${rest === 60 ? hours + 1 : hours} h left` : `about ${hours} h ${rest} min left`;
}
