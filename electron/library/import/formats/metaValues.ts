/**
 * Normalising metadata values from any format into the shapes `ArticleMetadata` promises:
 * one-line strings, ISO 8601 dates, BCP 47 language tags, canonical wire agency names.
 * Values that cannot be normalised are dropped rather than stored in the wrong shape.
 */
import type { ArticleMetadata } from '@shared/import/types';
import { oneLine } from './plainText';

/** Longest metadata string kept; longer values are junk (a whole article in a meta tag). */
const MAX_VALUE_CHARS = 1000;

/**
 * A one-line string from a loosely typed value: strings, numbers, arrays of those (joined with
 * ", "), and objects with a `name` (JSON-LD authors, NewsAPI sources). Anything else → undefined.
 */
export function textValue(value: unknown, depth = 0): string | undefined {
  if (depth > 3 || value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const line = oneLine(value);
    return line && line.length <= MAX_VALUE_CHARS ? line : undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value
      .slice(0, 20)
      .map((v) => textValue(v, depth + 1))
      .filter((v): v is string => !!v);
    return parts.length ? textValue(parts.join(', '), depth + 1) : undefined;
  }
  if (typeof value === 'object') {
    const name = (value as Record<string, unknown>)['name'];
    return textValue(name, depth + 1);
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1;
}

/** PDF dates: `D:20180704121500+02'00'` (every part after the year optional). */
export function parsePdfDate(raw: string): string | undefined {
  const m = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo = '01', d = '01'] = [Number(m[1]), m[2], m[3]];
  if (!validYmd(y, Number(mo), Number(d))) return undefined;
  const date = `${m[1]}-${mo}-${d}`;
  if (!m[4]) return date;
  const tz = m[7] ? (/^[Zz]$/.test(m[7]) ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5) || '00'}`) : '';
  return `${date}T${m[4]}:${m[5] ?? '00'}:${m[6] ?? '00'}${tz}`;
}

/**
 * An ISO 8601 date or date-time from the date formats found in metadata: ISO (`2018-07-04`,
 * `2018-07-04 10:00`), compact (`20180704`), RFC 2822 and written months (`4 July 2018`,
 * `Jul 4, 2018`). Numeric day/month orders are accepted only when unambiguous (`25/12/2018`).
 * Returns undefined for anything else.
 */
export function normalizeDate(value: unknown): string | undefined {
  const raw = textValue(value);
  if (!raw) return undefined;
  if (/^D:\d{4}/.test(raw)) return parsePdfDate(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(raw);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, tz] = iso;
    if (!validYmd(Number(y), Number(mo), Number(d))) return undefined;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz.toUpperCase() === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (compact) {
    const [, y, mo, d] = compact;
    return validYmd(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : undefined;
  }
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(raw);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    // NB: 04/07/2018 is April in the US and July in Europe; only a part above 12 settles it.
    const [d, mo] = a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
    return validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  if (!/[a-z]{3}/i.test(raw) || !/\d{4}/.test(raw)) return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  if (date.getUTCFullYear() < 1800 || date.getUTCFullYear() > 2200) return undefined;
  const hasTime = /\d{1,2}:\d{2}/.test(raw);
  if (hasTime) return date.toISOString().replace('.000Z', 'Z');
  // A date without a time was parsed as local midnight: read it back in local time.
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A BCP 47 tag from `en`, `en_US`, `EN-us`, `fr-FR`; undefined for anything that is not one. */
export function normalizeLanguage(value: unknown): string | undefined {
  const raw = textValue(value)?.replace(/_/g, '-');
  if (!raw || raw.length > 35 || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(raw)) return undefined;
  try {
    return Intl.getCanonicalLocales(raw)[0];
  } catch {
    return undefined;
  }
}

/** Agencies recognised in bylines and source metadata, with the name stored for each. */
const WIRE_AGENCIES: readonly [RegExp, string][] = [
  [/\bAFP\b|Agence France[- ]Presse/i, 'AFP'],
  [/\bReuters\b/i, 'Reuters'],
  [/\bAP\b|Associated Press/, 'AP'],
  [/\bdpa\b|Deutsche Presse-Agentur/i, 'dpa'],
  [/\bANSA\b/, 'ANSA'],
  [/\bEFE\b/, 'EFE'],
  [/\bXinhua\b/i, 'Xinhua'],
  [/\bKyodo\b/i, 'Kyodo'],
  [/\bAnadolu\b/i, 'Anadolu'],
  [/\bTASS\b/, 'TASS'],
  [/\bUPI\b|United Press International/, 'UPI'],
  [/\bPA Media\b|\bPress Association\b/i, 'PA'],
  [/\bAAP\b|Australian Associated Press/, 'AAP'],
  [/\bYonhap\b/i, 'Yonhap'],
  [/\bPTI\b|Press Trust of India/, 'PTI']
];

/** Wire agencies named in metadata values (bylines, authors, source fields), each once, in list order. */
export function wireCreditsFrom(values: readonly (string | undefined)[]): string[] | undefined {
  const text = values.filter((v): v is string => !!v).join(' | ');
  if (!text) return undefined;
  const found = WIRE_AGENCIES.filter(([re]) => re.test(text)).map(([, name]) => name);
  return found.length ? found : undefined;
}

/** Drops undefined and empty fields so results compare cleanly and JSON stays small. */
export function compactMeta(meta: ArticleMetadata): ArticleMetadata {
  const out: ArticleMetadata = {};
  for (const [key, value] of Object.entries(meta) as [keyof ArticleMetadata, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** An http(s) URL, normalised; anything else (javascript:, data:, relative paths) → undefined. */
export function normalizeUrl(value: unknown): string | undefined {
  const raw = textValue(value);
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
