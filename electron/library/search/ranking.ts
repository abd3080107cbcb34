import { toFts } from '@shared/search/toFts';
import type { QueryNode } from '@shared/search/types';
import type { ReadableDb } from '../db/connection';
import { type SqlFragment, sql, sqlFragment, sqlRaw } from '../db/sql';
import type { MiniHit } from '@shared/search/miniQuery';
import { articlesAlias } from './searchSchema';

/**
 * BM25 column weights of `articles_fts(title, body, outlet)`: a word in the title counts five
 * times one in the text.
 */
export const BM25_WEIGHTS = 'bm25(articles_fts, 5.0, 1.0, 2.0)';

/** The best `depth` articles for an FTS5 expression, by BM25, among those passing `where`. */
export function rankedIds(db: ReadableDb, match: string, where: SqlFragment, filtered: boolean, depth: number): number[] {
  // Without filters, rank the full-text index alone: no row of `articles` is read per match.
  const [q, params] = filtered
    ? sql`SELECT a.id FROM articles_fts JOIN ${articlesAlias(db)} ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ${match} AND ${where} ORDER BY ${sqlRaw(BM25_WEIGHTS)} LIMIT ${depth}`
    : sql`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match} ORDER BY ${sqlRaw(BM25_WEIGHTS)} LIMIT ${depth}`;
  return db
    .prepare(q)
    .pluck()
    .all(...params) as number[];
}

/**
 * MiniSearch's hits that also pass the filters and match the rest of the query (its phrases,
 * NEAR, exclusions…) in FTS5, in MiniSearch's order.
 */
export function keepMatching(
  db: ReadableDb,
  hits: readonly MiniHit[],
  rest: QueryNode | null,
  variants: ReadonlyMap<string, readonly string[]>,
  where: SqlFragment,
  filtered: boolean
): MiniHit[] {
  if (hits.length === 0 || (rest === null && !filtered)) return [...hits];
  const fts =
    rest === null
      ? { match: null, except: null }
      : toFts({ text: rest, filters: NO_FILTERS, terms: [], notes: [] }, { variants });
  const restMatch = fts.match
    ? sqlFragment`AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${fts.match})`
    : sqlRaw('');
  const restExcept = fts.except
    ? sqlFragment`AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${fts.except})`
    : sqlRaw('');
  const [q, params] =
    sql`SELECT j.key FROM json_each(${JSON.stringify(hits.map((h) => h.id))}) j JOIN ${articlesAlias(db)} ON a.id = j.value
    WHERE ${where} ${restMatch} ${restExcept} ORDER BY j.key`;
  return (
    db
      .prepare(q)
      .pluck()
      .all(...params) as number[]
  ).map((i) => hits[i] as MiniHit);
}

const EMPTY = { include: [], exclude: [] };
const NO_FILTERS = { outlet: EMPTY, author: EMPTY, lang: EMPTY, tag: EMPTY, story: EMPTY, date: null };
