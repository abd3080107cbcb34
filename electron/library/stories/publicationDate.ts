import { dateFromFileColumn } from '../articles';

/**
 * SQL for an article's publication date on `table`: its `published_at`, or NULL when that is only
 * the day its file was saved ({@link dateFromFileColumn}). Stories read dates through it, so a DOCX
 * saved today neither dates its story today nor sits months away from the coverage it belongs to
 * (grouping lowers the similarity of articles far apart in time; review 14, #14 and issue 15).
 *
 * @example `SELECT ${publicationDate('a')} AS published_at FROM articles a`
 */
export function publicationDate(table: string): string {
  return `CASE WHEN ${dateFromFileColumn(table)} THEN NULL ELSE ${table}.published_at END`;
}
