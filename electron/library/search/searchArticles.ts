import type { SearchResponse } from '../../../shared/contract/schemas';
import { reciprocalRankFusion } from '../../../shared/search/fuse';
import { findHighlights, makeSnippet } from '../../../shared/search/highlight';
import { parseQuery } from '../../../shared/search/parseQuery';
import { toFts } from '../../../shared/search/toFts';
import type { QueryTerm } from '../../../shared/search/types';
import { variantMap } from '../../../shared/search/variantMap';
import { type ArticleSummaryRow, toSummary } from '../articles';
import type { ReadableDb } from '../db/connection';
import { sql, sqlRaw } from '../db/sql';
import { filterCondition } from './filters';
import { getVariantIndex } from './vocabulary';

type HitRow = ArticleSummaryRow & { body: string; rank: number };
const COLUMNS = 'a.id, a.title, a.outlet, a.published_at, a.word_count, a.collection, a.imported_at, a.body';
/** How deep each ranked list is read before fusing. */
const DEPTH = 500;

/**
 * Searches the library with the full query language (docs/search.md): words, phrases, OR,
 * exclusions, prefixes, NEAR, and metadata filters. Bare words also find their spelling variants
 * and typos from the library's vocabulary (Deraa finds Daraa); two ranked lists — the query as
 * typed and the query with variants — are fused so exact matches rank above variant-only ones.
 * Never throws on what the user typed: malformed parts are read as words, with a note.
 */
export function searchArticles(db: ReadableDb, query: string, limit: number): SearchResponse {
  const parsed = parseQuery(query);
  const { where, notes: filterNotes } = filterCondition(parsed.filters);
  const notes = [...parsed.notes, ...filterNotes];
  const variants = parsed.text ? variantMap(parsed, getVariantIndex(db)) : new Map<string, string[]>();
  const exact = toFts(parsed);
  const widened = toFts(parsed, { variants });
  const terms = highlightTerms(parsed.terms, variants);
  const variantsOut = Object.fromEntries(variants);

  if (widened.match === null) {
    // No positive words: filters (and exclusions) only, newest first.
    const except = widened.except
      ? sqlRaw('AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', [widened.except])
      : sqlRaw('');
    if (!parsed.text && !hasFilters(parsed.filters)) return { query, total: 0, hits: [], terms: [], notes, variants: {} };
    const [countQuery, countParams] = sql`SELECT count(*) AS n FROM articles a WHERE ${where} ${except}`;
    const total = (db.prepare(countQuery).get(...countParams) as { n: number }).n;
    const [q, params] = sql`SELECT ${sqlRaw(COLUMNS)}, 0 AS rank FROM articles a WHERE ${where} ${except}
      ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT ${limit}`;
    const rows = db.prepare(q).all(...params) as HitRow[];
    return { query, total, terms, notes, variants: variantsOut, hits: rows.map((r) => toHit(r, parsed.terms, variants, 0)) };
  }

  const ranked = (match: string): HitRow[] => {
    const [q, params] = sql`SELECT ${sqlRaw(COLUMNS)}, bm25(articles_fts, 5.0, 1.0, 2.0) AS rank
      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ${match} AND ${where} ORDER BY rank LIMIT ${DEPTH}`;
    return db.prepare(q).all(...params) as HitRow[];
  };
  const [countQuery, countParams] = sql`SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ${widened.match} AND ${where}`;
  const total = (db.prepare(countQuery).get(...countParams) as { n: number }).n;

  const widenedRows = ranked(widened.match);
  const byId = new Map(widenedRows.map((r) => [r.id, r]));
  const lists = [{ name: 'variants', ids: widenedRows.map((r) => r.id), weight: 1 }];
  if (variants.size > 0 && exact.match !== null) {
    // NB: exact hits are a subset of the widened ones; the extra weight lifts them above
    // articles that match only through a variant spelling or a typo.
    lists.push({ name: 'exact', ids: ranked(exact.match).map((r) => r.id), weight: 2 });
  }
  const fused = reciprocalRankFusion(lists).slice(0, limit);
  return {
    query,
    total,
    terms,
    notes,
    variants: variantsOut,
    hits: fused.flatMap((f) => {
      const row = byId.get(f.id);
      return row ? [toHit(row, parsed.terms, variants, f.score)] : [];
    })
  };
}

function toHit(row: HitRow, terms: readonly QueryTerm[], variants: ReadonlyMap<string, readonly string[]>, score: number) {
  const snippet = makeSnippet(row.body, findHighlights(row.body, terms, variants), 240);
  return {
    article: toSummary(row),
    score,
    snippet: { text: snippet.text, highlights: snippet.highlights.map(({ start, end }) => ({ start, end })) }
  };
}

/** The folded words to mark: every positive word, the last word of a prefix with `*`, and variants. */
function highlightTerms(terms: ReturnType<typeof parseQuery>['terms'], variants: ReadonlyMap<string, readonly string[]>): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    t.words.forEach((w, i) => out.add(t.kind === 'prefix' && i === t.words.length - 1 ? `${w}*` : w));
  }
  // Variants of excluded words (`-Deraa`) are left out: they are not what the user looks for.
  const positive = new Set(terms.flatMap((t) => t.words));
  for (const [word, list] of variants) if (positive.has(word)) for (const w of list) out.add(w);
  return [...out];
}

function hasFilters(f: ReturnType<typeof parseQuery>['filters']): boolean {
  return Boolean(
    f.date || [f.outlet, f.author, f.lang, f.tag, f.story].some((v) => v.include.length > 0 || v.exclude.length > 0)
  );
}
