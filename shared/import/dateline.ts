/**
 * Datelines: the place (and sometimes date and agency) that opens a wire story —
 * `BEIRUT :`, `BEIRUT (Reuters) -`, `DAMASCUS, July 4 (AFP) -`, `AMMAN, Jordan (AP) —`,
 * `GENEVA, July 4, 2018 —`.
 */
import { AGENCY_PATTERN, agencyName } from './agencies';
import { MONTH_PATTERN, findDates } from './dates';

/**
 * Capitals that open a line and end in a colon or dash but are labels, not places
 * (`SOURCE: NEWS AGENCIES`, `TOPSHOT - …`, `WATCH: …`).
 */
const NOT_PLACES = new Set([
  'SOURCE', 'SOURCES', 'PHOTO', 'PHOTOS', 'VIDEO', 'WATCH', 'LISTEN', 'READ', 'READ MORE', 'ALSO READ',
  'RELATED', 'UPDATE', 'UPDATED', 'POSTED', 'PUBLISHED', 'LAST UPDATED', 'FILED', 'MODIFIED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'OPINION',
  'COMMENT', 'TOPSHOT', 'NOTE', 'EDITOR\'S NOTE', 'EDITORS NOTE', 'CORRECTION', 'LIVE', 'FILE', 'WARNING',
  'FACTBOX', 'EXPLAINER', 'INTERVIEW', 'REVIEW', 'FEATURE', 'NEWS', 'TAGS', 'Q', 'A', 'AND', 'THE'
]);

/** Place: one to three words in capitals (`BEIRUT`, `TEL AVIV`, `WASHINGTON, D.C.` is cut at the comma). */
const PLACE = "[\\p{Lu}][\\p{Lu}'’.\\-]+(?: [\\p{Lu}][\\p{Lu}'’.\\-]+){0,2}";
/** Optional region after the place (`, Syria`, `, JORDAN`). */
const REGION = "(?:,\\s*[\\p{Lu}][\\p{L}'’.\\-]+(?: [\\p{Lu}][\\p{L}'’.\\-]+){0,2})?";
/** Optional day (`, July 4`, `, 4 July`), with the year when a paper prints one (`, July 4, 2018`). */
const DAY = `(?:,\\s*(?<day>(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH_PATTERN})\\.?(?:,?\\s+\\d{4})?))?`;
const AGENCY = `(?:\\s*\\((?<agency>${AGENCY_PATTERN})\\))?`;

const DATELINE = new RegExp(`^(?<place>${PLACE})${REGION}${DAY}${AGENCY}\\s*[:\\-–—]+\\s+(?=["“'‘\\p{Lu}\\p{N}])`, 'u');

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** The place as written (`BEIRUT`). */
  readonly place: string;
  /** The agency in brackets after the place, stored name (`Reuters`), if any. */
  readonly agency?: string;
  /** The date, `YYYY-MM-DD`, when the dateline gives one with its year (`GENEVA, July 4, 2018 —`). */
  readonly date?: string;
}

/**
 * Reads the dateline that opens a paragraph, or `undefined`. The place must be in capitals and be
 * followed by a colon or dash and the start of a sentence; known labels are refused.
 *
 * @example matchDateline('BEIRUT (Reuters) - Russian jets struck') // { place: 'BEIRUT', agency: 'Reuters' }
 */
export function matchDateline(paragraph: string): Dateline | undefined {
  const groups = DATELINE.exec(paragraph)?.groups;
  const place = groups?.['place']?.replace(/[.\s]+$/u, '');
  if (groups === undefined || place === undefined || NOT_PLACES.has(place)) return undefined;
  // One capital letter with dots (`U.S.`) is fine; a lone letter is not a place.
  if (place.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  const agency = groups['agency'] !== undefined ? agencyName(groups['agency']) : undefined;
  // A day without a year is never a date: the year cannot be told (see findDates).
  const date = groups['day'] !== undefined ? findDates(groups['day'])[0]?.iso : undefined;
  return { place, ...(agency === undefined ? {} : { agency }), ...(date === undefined ? {} : { date }) };
}
