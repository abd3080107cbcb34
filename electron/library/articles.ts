import type { Article, ArticleSummary, FieldSources, RemovedSpan, SortDirection, SortKey } from '@shared/contract/schemas';
import type { ReadableDb, WritableDb } from './db/connection';
import { sql } from './db/sql';
import { prepareCached } from './db/statements';
import { listNearDuplicates } from './import/nearDuplicates';
import { correctedFields } from './corrections';
import { namedCredits } from '@shared/import/credits';
import { originalFromStored, type StoredOriginal, storedOriginal } from '@shared/import/originalEdits';
import { SEARCH_COLUMN, type SearchForms, searchForms } from './searchForms';
import { KEPT_COLUMNS, type KeptRow, type StoredFieldSources, copiedFromOf, keepCopiedFields } from './import/copyFill';

/** An article ready to store: clean text, the original, metadata and provenance. */
export interface NewArticle {
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  /**
   * Where each metadata field's value came from (`prepareArticle`); absent means not known. With
   * `copiedFrom` only when a re-import keeps what a duplicate filled (import/copyFill.ts).
   */
  sources?: StoredFieldSources;
  dateline: string | null;
  wireCredits: string[];
  body: string;
  /**
   * The text as read: whole when its words differ from the body's; `null` when `originalEdits`
   * and the body give it, or it is the body. A caller may give the whole text and leave
   * `originalEdits` out; it is then encoded when stored.
   */
  original: string | null;
  /**
   * The original as whitespace edits against the body (`storedOriginal`), computed where the file
   * was read (a worker, for large imports) so the original crosses to the writing thread as edits;
   * absent when not computed.
   */
  originalEdits?: string | null;
  removed: RemovedSpan[];
  contentHash: string;
  wordCount: number;
  sourcePath: string | null;
  sourceFormat: string;
  collection: string | null;
  /**
   * MinHash signature of the body for near-duplicate linking, computed where the file was read
   * (a worker, for large imports) so the thread that writes the library only compares; null
   * when the body is shorter than one shingle.
   */
  minhash: Uint32Array | null;
}

interface ArticleRow {
  id: number;
  title: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  url: string | null;
  language: string | null;
  dateline: string | null;
  wire_credits: string;
  field_sources: string;
  body: string;
  original: string | null;
  /** The original as whitespace edits against the body (migration 018); null when `original` holds it or there is none. */
  original_edits: string | null;
  removed: string;
  word_count: number;
  source_path: string | null;
  source_format: string;
  collection: string | null;
  imported_at: string;
}

export type ArticleSummaryRow = Pick<ArticleRow, 'id' | 'title' | 'outlet' | 'published_at' | 'word_count' | 'collection' | 'imported_at'> & {
  /** 1 when the date came from the file's properties and the user has not corrected it, when the query reads it. */
  date_from_file?: number;
};

/**
 * The SQL of `date_from_file` for the articles table named `table` (its name or alias): 1 when the
 * date came from the file's properties, as Edit details gives its source (sourcesOf), unless the user
 * corrected it (a re-import writes the file's source again but keeps the correction). The one
 * rule every list reads (the library list, search hits, the notes panel), so each marks the same dates.
 */
export function dateFromFileColumn(table: string): string {
  return `(json_extract(${table}.field_sources, '$.publishedAt') = 'file'
    AND NOT EXISTS (SELECT 1 FROM article_corrections c WHERE c.article_id = ${table}.id AND c.field = 'published_at'))`;
}

const SUMMARY_COLUMNS = `id, title, outlet, published_at, word_count, collection, imported_at,
  ${dateFromFileColumn('articles')} AS date_from_file`;

/** Maps a row to the contract's summary shape (the one place snake_case meets camelCase). */
export function toSummary(row: ArticleSummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    wordCount: row.word_count,
    collection: row.collection,
    importedAt: row.imported_at,
    ...(row.date_from_file === 1 && row.published_at !== null ? { dateFromFile: true } : {})
  };
}

// NB: ORDER BY columns cannot be bound parameters; this map is the allow-list. Each has an index
// (migrations 001 and 014) whose order, with the rowid after it, is the page's order: a page is read
// from the index instead of sorting the library (db/queryPlans.test.ts holds every sort to it).
const SORT_COLUMNS: Record<SortKey, string> = {
  title: 'title COLLATE NOCASE',
  outlet: 'outlet COLLATE NOCASE',
  publishedAt: 'published_at',
  wordCount: 'word_count',
  importedAt: 'imported_at'
};

/**
 * Sorts whose column may be empty, each with the SQL that tells an article with a value to sort by:
 * articles without one come after the rest, either way, by id. A date read from the file's
 * properties is only the day the file was saved, not a publication date, so it sorts with the
 * undated articles (review 14, #14: files saved today filled the top of the newest-first list).
 */
const NULLABLE_SORTS: Partial<Record<SortKey, string>> = {
  outlet: 'outlet IS NOT NULL',
  // NB: the column is NULL, not 0, when field_sources has no publishedAt; NOT NULL would drop the
  // article from both halves of the list. The undated half is read in rowid order with this test
  // on each row, which only the list's last pages reach.
  publishedAt: `published_at IS NOT NULL AND NOT coalesce(${dateFromFileColumn('articles')}, 0)`
};

/** One page of the library list, sorted; missing values sort last either way. */
export function listArticles(
  db: ReadableDb,
  options: { sort: SortKey; direction: SortDirection; offset: number; limit: number }
): { total: number; items: ArticleSummary[] } {
  const column = SORT_COLUMNS[options.sort];
  const hasValue = NULLABLE_SORTS[options.sort];
  const dir = options.direction === 'asc' ? 'ASC' : 'DESC';
  const page = (where: string, order: string, limit: number, offset: number) =>
    prepareCached(db, `SELECT ${SUMMARY_COLUMNS} FROM articles ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      limit,
      offset
    ) as ArticleSummaryRow[];
  let rows: ArticleSummaryRow[];
  if (hasValue === undefined) {
    rows = page('', `${column} ${dir}, id ${dir}`, options.limit, options.offset);
  } else {
    // NB: "ORDER BY x IS NULL, x" cannot be read from x's index (SQLite sorts the whole library for
    // every page): read the articles with a value from the index, then those without, by id.
    rows = page(`WHERE ${hasValue}`, `${column} ${dir}, id ${dir}`, options.limit, options.offset);
    if (rows.length < options.limit) {
      const withValue =
        rows.length > 0 || options.offset === 0
          ? options.offset + rows.length
          : (prepareCached(db, `SELECT count(*) AS n FROM articles WHERE ${hasValue}`).get() as { n: number }).n;
      const rest = page(`WHERE NOT (${hasValue})`, `id ${dir}`, options.limit - rows.length, Math.max(0, options.offset - withValue));
      rows = [...rows, ...rest];
    }
  }
  return { total: countArticles(db), items: rows.map(toSummary) };
}

/** How many articles the library holds. */
export function countArticles(db: ReadableDb): number {
  return (prepareCached(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

/** One article with its text, or `undefined`. */
export function getArticle(db: ReadableDb, id: number): Article | undefined {
  const [query, params] = sql`SELECT * FROM articles WHERE id = ${id}`;
  const row = db.prepare(query).get(...params) as ArticleRow | undefined;
  if (!row) return undefined;
  const corrected = correctedFields(db, row.id);
  const sources = sourcesOf(row, corrected);
  const copiedFrom = copiedFromOf(JSON.parse(row.field_sources) as StoredFieldSources, sources);
  return {
    // The summary's mark from the same sources Edit details shows (dateFromFileColumn's rule).
    ...toSummary({ ...row, date_from_file: sources.publishedAt === 'file' ? 1 : 0 }),
    byline: row.byline,
    url: row.url,
    language: row.language,
    dateline: row.dateline,
    // A library imported before stored an unnamed `news agencies`, which is no credit.
    wireCredits: namedCredits(JSON.parse(row.wire_credits) as string[]),
    body: row.body,
    original: originalOf(row),
    removed: JSON.parse(row.removed) as RemovedSpan[],
    sourcePath: row.source_path,
    sourceFormat: row.source_format,
    nearDuplicates: listNearDuplicates(db, row.id),
    corrected,
    sources,
    copiedFrom
  };
}

/** How a new article's original is stored: as `prepareArticle` encoded it, or encoded now. */
function storedForm(a: Pick<NewArticle, 'body' | 'original' | 'originalEdits'>): StoredOriginal {
  if (a.originalEdits !== undefined) return { original: a.original, originalEdits: a.originalEdits };
  return a.original === null ? { original: null, originalEdits: null } : storedOriginal(a.body, a.original);
}

/**
 * An article row's original text, or `null` when it is the body (the file's text needed no
 * clean-up, and is not sent twice). The one reader of the `original` and `original_edits` columns:
 * the original is stored in full, as whitespace edits against the body, or not at all
 * (`storedOriginal`, migration 018), and rows of every form read the same.
 */
export function originalOf(row: Pick<ArticleRow, 'body' | 'original' | 'original_edits'>): string | null {
  return originalFromStored(row.body, { original: row.original, originalEdits: row.original_edits });
}

/** The stored sources of the fields that have a value, with the user's corrections as `edited`. */
function sourcesOf(row: ArticleRow, corrected: ReadonlyArray<keyof FieldSources>): FieldSources {
  const stored = JSON.parse(row.field_sources) as FieldSources;
  const values: Record<keyof FieldSources, string | null> = {
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: row.published_at,
    url: row.url,
    language: row.language
  };
  const sources: FieldSources = {};
  for (const field of Object.keys(values) as Array<keyof FieldSources>) {
    const source = corrected.includes(field) ? 'edited' : stored[field];
    // A cleared field has no value, so nothing to say where it came from.
    if (source !== undefined && values[field] !== null) sources[field] = source;
  }
  return sources;
}

/** Summaries of the given articles, in the order of `ids` (missing ids are left out). */
export function getSummaries(db: ReadableDb, ids: readonly number[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ArticleSummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The id of the article with this content hash, if the library has it. */
export function findArticleByHash(db: ReadableDb, contentHash: string): number | undefined {
  return (prepareCached(db, 'SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as { id: number } | undefined)?.id;
}

/** The article imported from this source (file path, with `#locator` inside archives/tables), if any. */
export function findArticleBySource(db: ReadableDb, sourcePath: string): number | undefined {
  return (prepareCached(db, 'SELECT id FROM articles WHERE source_path = ? ORDER BY id LIMIT 1').get(sourcePath) as { id: number } | undefined)?.id;
}

/**
 * Replaces an article's text and metadata with a newer import of the same source, keeping its
 * id (stories, links and corrections stay attached) and every field in `keep` (the user's
 * corrections). The caller runs this inside its transaction.
 */
export function updateArticleFromImport(db: WritableDb, id: number, given: NewArticle, keep: ReadonlySet<string>, importedAt: string): void {
  const a = keepImportDefaults(db, id, given);
  const stored = storedForm(a);
  const search = searchForms(a);
  const fields: Record<string, string | number | null> = {
    title: a.title,
    outlet: a.outlet,
    byline: a.byline,
    published_at: a.publishedAt,
    url: a.url,
    language: a.language,
    field_sources: JSON.stringify(a.sources ?? {}),
    dateline: a.dateline,
    wire_credits: JSON.stringify(a.wireCredits),
    body: a.body,
    original: stored.original,
    original_edits: stored.originalEdits,
    removed: JSON.stringify(a.removed),
    content_hash: a.contentHash,
    word_count: a.wordCount,
    source_format: a.sourceFormat,
    imported_at: importedAt,
    // NB: in the same statement as the texts: the update trigger re-indexes from new.search_*.
    search_title: search.title,
    search_body: search.body,
    search_outlet: search.outlet
  };
  const kept = (c: string) => keep.has(c) || Object.entries(SEARCH_COLUMN).some(([text, form]) => form === c && keep.has(text));
  // NB: column names come from the object literal above, never from input.
  const columns = Object.keys(fields).filter((c) => !kept(c));
  prepareCached(db, `UPDATE articles SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...columns.map((c) => fields[c] ?? null), id);
}

/** The fields an import default fills (`--outlet`, `--language`, the import dialog's defaults). */
const DEFAULTED_FIELDS = ['outlet', 'language'] as const;

/** Sources that mean the new import itself named the value: the file, or a default of its own. */
const NAMED_BY_IMPORT: ReadonlySet<string> = new Set(['metadata', 'text', 'import']);

/**
 * The newer import of an article's file, with the outlet and language an earlier import's
 * default gave it carried over where the new import names none (neither the file nor a default
 * of its own), and so are the fields a duplicate filled (`keepCopiedFields`). NB: without this a
 * watched or re-imported file lost its `--outlet` at each change (review 11, finding 17): the
 * default lives in no file, only in the article. The collection needs no such care, as a
 * re-import never rewrites it.
 */
function keepImportDefaults(db: ReadableDb, id: number, a: NewArticle): NewArticle {
  const row = prepareCached(db, `SELECT ${KEPT_COLUMNS} FROM articles WHERE id = ?`).get(id) as KeptRow | undefined;
  if (!row) return a;
  const before = JSON.parse(row.field_sources) as FieldSources;
  const sources: FieldSources = { ...a.sources };
  const kept: Partial<Pick<NewArticle, 'outlet' | 'language'>> = {};
  for (const field of DEFAULTED_FIELDS) {
    const now = sources[field];
    if (before[field] !== 'import' || row[field] === null || (now !== undefined && NAMED_BY_IMPORT.has(now))) continue;
    kept[field] = row[field];
    sources[field] = 'import';
  }
  return keepCopiedFields(row, Object.keys(kept).length ? { ...a, ...kept, sources } : a);
}

/**
 * Stores a new article and adds it to the full-text index; the caller runs this inside its
 * transaction (the article and its index entry must land together).
 */
export function insertArticle(db: WritableDb, a: NewArticle, importedAt: string): number {
  if (!db.inTransaction) throw new Error('insertArticle runs inside a transaction.');
  const search = searchForms(a);
  const id = storeArticle(db, a, importedAt, search);
  indexArticle(db, id, a, search);
  return id;
}

/**
 * Stores a new article's row without indexing it: the caller must call {@link indexArticle} for
 * it before its transaction commits. For bulk writers that index a batch last (see below).
 * `search` is the article's {@link searchForms}, given by a caller that indexes it too so the
 * texts are scanned once.
 */
export function storeArticle(db: WritableDb, a: NewArticle, importedAt: string, search: SearchForms = searchForms(a)): number {
  const stored = storedForm(a);
  return Number(
    prepareCached(db, STORE_ARTICLE).run(
      a.title,
      a.outlet,
      a.byline,
      a.publishedAt,
      a.url,
      a.language,
      JSON.stringify(a.sources ?? {}),
      a.dateline,
      JSON.stringify(a.wireCredits),
      a.body,
      stored.original,
      stored.originalEdits,
      JSON.stringify(a.removed),
      a.contentHash,
      a.wordCount,
      a.sourcePath,
      a.sourceFormat,
      a.collection,
      importedAt,
      search.title,
      search.body,
      search.outlet
    ).lastInsertRowid
  );
}

/**
 * {@link storeArticle}'s statement, one string for every call: a bulk import runs it for each
 * article, and a query built by the `sql` tag each time is a new string to hash for the cache.
 * NB: the id is given, never left to SQLite, which would hand a deleted article's id out again
 * (migration 017): above every article there and every article ever deleted.
 */
const STORE_ARTICLE = `INSERT INTO articles (
    id, title, outlet, byline, published_at, url, language, field_sources, dateline, wire_credits, body, original, original_edits,
    removed, content_hash, word_count, source_path, source_format, collection, imported_at, search_title, search_body, search_outlet
  ) VALUES (
    (SELECT max(coalesce((SELECT max(id) FROM articles), 0), coalesce((SELECT highest FROM article_id_floor), 0)) + 1),
    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
  )`;

/**
 * Adds a stored article to the full-text index, as its stored search form (`search`, the
 * {@link searchForms} {@link storeArticle} was given; computed again when left out).
 *
 * NB: written here, not by an AFTER INSERT trigger (dropped in migration 010). FTS5 writes its
 * pending terms to disk as a new segment whenever a statement savepoint opens in the transaction —
 * for any statement that fires a trigger or checks a foreign key — so indexing by trigger wrote one
 * tiny segment per article and then merged them (3.2 s against 0.7 s for 21,578 articles). Bulk
 * writers index a batch after its other statements for the same reason.
 */
export function indexArticle(
  db: WritableDb,
  id: number,
  a: Pick<NewArticle, 'title' | 'body' | 'outlet'>,
  search: SearchForms = searchForms(a)
): void {
  // What the index's view gives (migration 020): the stored search form where the text has one.
  prepareCached(db, 'INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, ?)').run(
    id,
    search.title ?? a.title,
    search.body ?? a.body,
    search.outlet ?? a.outlet
  );
}
