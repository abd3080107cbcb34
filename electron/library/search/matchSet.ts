import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sql, sqlFragment, sqlRaw } from '../db/sql';
import type { MatchRow } from './scan';
import { articlesAlias } from './searchSchema';

/**
 * The articles a search without positive words matches (filters only, or exclusions only):
 * every article passing `where` (filters on `a`) and not matching `except` (an FTS5 expression).
 */
export interface FilterSet {
  readonly except: string | null;
  readonly where: SqlFragment;
}

/**
 * `FROM … WHERE …` over the set's articles as `a`, with `join` spliced in before `WHERE`.
 * `scan: 'newest'` leaves SQLite free to walk the index on the date (newest first, stopping
 * early); otherwise the covering index of filter columns is read.
 */
function fromSet(db: ReadableDb, set: FilterSet, join: SqlFragment = sqlRaw(''), scan: 'all' | 'newest' = 'all'): SqlFragment {
  const except = set.except
    ? sqlFragment`AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${set.except})`
    : sqlRaw('');
  const table = scan === 'newest' ? sqlRaw('articles a') : articlesAlias(db);
  return sqlFragment`FROM ${table} ${join} WHERE ${set.where} ${except}`;
}

/** How many articles the set holds. */
export function countSet(db: ReadableDb, set: FilterSet): number {
  const [q, params] = sql`SELECT count(*) AS n ${fromSet(db, set)}`;
  return (db.prepare(q).get(...params) as { n: number }).n;
}

/** Every article of the set with what facets need. */
export function setRows(db: ReadableDb, set: FilterSet): MatchRow[] {
  const [q, params] = sql`SELECT a.id, NULL, a.published_at, a.outlet, a.language, sa.story_id
    ${fromSet(db, set, sqlRaw('LEFT JOIN story_articles sa ON sa.article_id = a.id'))}`;
  return db
    .prepare(q)
    .raw()
    .all(...params) as MatchRow[];
}

/**
 * The set's newest articles first (undated last, by id), as ids. A date in `fileDated` is the
 * day the file was saved: such an article sorts with the undated, as newestFirst (scan.ts) does.
 */
export function newestInSet(db: ReadableDb, set: FilterSet, limit: number, fileDated: ReadonlySet<number>): number[] {
  const date = fileDated.size
    ? sqlFragment`CASE WHEN a.id IN (SELECT value FROM json_each(${JSON.stringify([...fileDated])})) THEN NULL ELSE a.published_at END`
    : sqlRaw('a.published_at');
  const [q, params] =
    sql`SELECT a.id ${fromSet(db, set, sqlRaw(''), 'newest')} ORDER BY ${date} IS NULL, ${date} DESC, a.id DESC LIMIT ${limit}`;
  return db
    .prepare(q)
    .pluck()
    .all(...params) as number[];
}

/** Which of `ids` match an FTS5 expression (to tell exact matches from variant ones). */
export function idsMatching(db: ReadableDb, match: string, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const [q, params] = sql`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match}
    AND rowid IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  return new Set(
    db
      .prepare(q)
      .pluck()
      .all(...params) as number[]
  );
}
