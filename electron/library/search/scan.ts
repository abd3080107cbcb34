import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sql, sqlRaw } from '../db/sql';
import { BM25_WEIGHTS } from './ranking';
import { articlesAlias } from './searchSchema';

/** A matching article: `[id, bm25 (lower is better; null when not ranked), published_at, outlet, language, story id]`. */
export type MatchRow = [number, number | null, string | null, string | null, string | null, number | null];

const META = 'a.published_at, a.outlet, a.language, sa.story_id';
const STORY_JOIN = 'LEFT JOIN story_articles sa ON sa.article_id = a.id';

/**
 * Every article an FTS5 expression matches among those passing the filters, with its BM25 score
 * and, when `meta`, what facets and the date order need — in one pass over the full-text index.
 *
 * NB: one pass instead of three (rank the top, count, count facets) because each would run the
 * full-text match again; sorting ten thousand scores in JS costs less than one of them.
 */
export function scanMatches(db: ReadableDb, match: string, where: SqlFragment, filtered: boolean, meta: boolean): MatchRow[] {
  const bm25 = sqlRaw(BM25_WEIGHTS);
  if (!meta && !filtered) {
    // Nothing to read from `articles`: the index alone answers.
    const [q, params] = sql`SELECT rowid, ${bm25}, NULL, NULL, NULL, NULL FROM articles_fts WHERE articles_fts MATCH ${match}`;
    return db
      .prepare(q)
      .raw()
      .all(...params) as MatchRow[];
  }
  const columns = sqlRaw(meta ? META : 'NULL, NULL, NULL, NULL');
  const join = sqlRaw(meta ? STORY_JOIN : '');
  const [q, params] = sql`SELECT a.id, ${bm25}, ${columns}
    FROM articles_fts JOIN ${articlesAlias(db)} ON a.id = articles_fts.rowid ${join}
    WHERE articles_fts MATCH ${match} AND ${where}`;
  return db
    .prepare(q)
    .raw()
    .all(...params) as MatchRow[];
}

/** The rows of articles found by MiniSearch alone (already checked against the filters). */
export function extraRows(db: ReadableDb, ids: readonly number[]): MatchRow[] {
  if (ids.length === 0) return [];
  const [q, params] = sql`SELECT a.id, NULL, ${sqlRaw(META)} FROM json_each(${JSON.stringify(ids)}) j
    JOIN ${articlesAlias(db)} ON a.id = j.value ${sqlRaw(STORY_JOIN)}`;
  return db
    .prepare(q)
    .raw()
    .all(...params) as MatchRow[];
}

/** The union of two sets of rows (the first's row wins for an id in both). */
export function unionRows(a: readonly MatchRow[], b: readonly MatchRow[]): MatchRow[] {
  if (b.length === 0) return [...a];
  const seen = new Set(a.map((r) => r[0]));
  return [...a, ...b.filter((r) => !seen.has(r[0]))];
}

/** The best `depth` ids by BM25 (ties by id, so the order is stable). */
export function topByRank(rows: readonly MatchRow[], depth: number): number[] {
  return rows
    .filter((r) => r[1] !== null)
    .sort((x, y) => (x[1] as number) - (y[1] as number) || x[0] - y[0])
    .slice(0, depth)
    .map((r) => r[0]);
}

/**
 * The newest `limit` ids (undated last, then by id, newest first). A date in `fileDated` is the
 * day the file was saved, not a publication date: such an article sorts with the undated.
 */
export function newestFirst(rows: readonly MatchRow[], limit: number, fileDated: ReadonlySet<number>): number[] {
  const dateOf = (r: MatchRow) => (fileDated.has(r[0]) ? null : r[2]);
  return rows
    .map((r) => [r[0], dateOf(r)] as const)
    .sort(([xId, x], [yId, y]) => {
      if ((x === null) !== (y === null)) return x === null ? 1 : -1;
      return x === y ? yId - xId : (x as string) < (y as string) ? 1 : -1;
    })
    .slice(0, limit)
    .map(([id]) => id);
}
