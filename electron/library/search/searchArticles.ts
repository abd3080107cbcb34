import type { SearchResponse } from '../../../shared/contract/schemas';
import { tokenize } from '../../../shared/text/tokens';
import { type ArticleSummaryRow, toSummary } from '../articles';
import type { ReadableDb } from '../db/connection';
import { makeSnippet } from './snippet';

/**
 * Full-text search over the library: every word of the query must match (FTS5, BM25 with the
 * title weighted above the body), ranked best first, each hit with a snippet whose matched words
 * are marked. Punctuation in the query is read as word breaks, so no input can form invalid FTS5
 * syntax.
 */
export function searchArticles(db: ReadableDb, query: string, limit: number): SearchResponse {
  const terms = [...new Set(tokenize(query).map((t) => t.norm))];
  if (terms.length === 0) return { query, total: 0, hits: [], terms: [], notes: [] };
  const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
  const total = (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.outlet, a.published_at, a.word_count, a.collection, a.imported_at, a.body,
              bm25(articles_fts, 5.0, 1.0, 2.0) AS rank
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ?
        ORDER BY rank LIMIT ?`
    )
    .all(match, limit) as Array<ArticleSummaryRow & { body: string; rank: number }>;
  return {
    query,
    total,
    terms,
    notes: [],
    hits: rows.map((row) => ({
      article: toSummary(row),
      score: -row.rank,
      snippet: makeSnippet(row.body, terms)
    }))
  };
}
