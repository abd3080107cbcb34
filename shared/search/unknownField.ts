/**
 * What the search says of a `word:value` that looks like a filter but is none (`before:2018-07-05`,
 * `foo:bar`, review 15 #9): searched as words, it found nothing and the zero read as "no coverage".
 */

/** The filters the query language knows, as the note lists them. */
const KNOWN = 'outlet:, author:, title:, date:, lang:, tag:, story:, in:notes';

/** Field names people try for a date range, and the side of the range each means. */
const DATE_WORDS: Readonly<Record<string, 'before' | 'after'>> = {
  before: 'before',
  until: 'before',
  till: 'before',
  to: 'before',
  after: 'after',
  since: 'after',
  from: 'after'
};

/**
 * Whether `key:value` is to be read as a mistaken filter, not as words: a value right after the
 * colon, and not a web address (`https://…`) or the colon of a time or ratio.
 *
 * @example isFilterAttempt('before', '2018-07-05') // true
 * @example isFilterAttempt('https', '//bbc.co.uk') // false
 */
export function isFilterAttempt(key: string, value: string): boolean {
  return value !== '' && !value.startsWith('/') && /^[A-Za-z]+$/.test(key);
}

/**
 * The note for a `key:value` that is no filter: it is left out of the search, the known filters
 * are listed, and a date word (`before:`, `since:`…) is shown as the `date:` range it means.
 *
 * @example unknownFieldNote('before', '2018-07-05')
 * // 'Ignored before:2018-07-05: before: is not a filter, did you mean date:..2018-07-05? Filters are outlet:, … To search the words, put them in quotes.'
 */
export function unknownFieldNote(key: string, value: string): string {
  const side = DATE_WORDS[key.toLowerCase()];
  const hint = side === undefined ? '' : `, did you mean date:${side === 'before' ? `..${value}` : `${value}..`}?`;
  return `Ignored ${key}:${value}: ${key}: is not a filter${hint}${hint ? '' : '.'} Filters are ${KNOWN}. To search the words, put them in quotes: "${key}:${value}".`;
}
