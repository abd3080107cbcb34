import type { ExternalChange } from '@shared/contract/channels';
import type { z } from 'zod';
import type { ReadableDb } from './db/connection';

/** What another process's write changed (`library:changed`, `external`). */
export type LibraryChange = z.output<typeof ExternalChange>;
type Area = LibraryChange['areas'][number];

/**
 * A summary of what a window shows of a library, taken when another process has written
 * (`externalWrites.ts`), so that the window is told what changed, not to fetch everything again.
 * SQLite's `data_version` says only that something was committed; comparing two digests says what.
 */
export interface LibraryDigest {
  /** A hash of each small table's rows (and of the stories' memberships), by the area a window shows them in. */
  readonly areas: ReadonlyMap<Area, number>;
  /**
   * Cheap aggregates that change with any write to the articles area a digest can name
   * (a new, deleted, re-imported or corrected article, a text edit, a near-duplicate link):
   * while they stay the same, the article rows are not read again.
   */
  readonly articlesPrint: string;
  /**
   * Each article's hash of what the list and the reader show of it but its text; undefined when
   * the library is too large to hash ({@link MAX_HASHED_ARTICLES}): a change then names no article.
   */
  readonly rows: ReadonlyMap<number, number> | undefined;
  /** The last `search_changes` seq ever given (`sqlite_sequence`: it never goes back, even when an index save prunes the log). */
  readonly textSeq: number;
  /** The near-duplicate links, as `a b score`. */
  readonly links: ReadonlySet<string>;
}

/** Beyond this many changed articles the change lists none: every open article is fetched again. */
const MAX_IDS = 200;

/**
 * Above this many articles the rows are not hashed: a change of the articles area names no article,
 * and every open article is fetched again. At 21,294 articles (reuters-21578) a digest that hashes
 * them is about 90 ms of CPU (docs/reliability.md), so this bounds it near 200 ms.
 */
export const MAX_HASHED_ARTICLES = 50_000;

/** `a XOR b` for SQLite, which has no XOR operator. */
const xor = (a: string, b: string) => `((${a}) | (${b})) - ((${a}) & (${b}))`;
/** `x * c` kept to 32 bits; `x` < 2^32 and `c` < 2^31, so the product never leaves SQLite's 64-bit integers for a float. */
const mul32 = (x: string, c: number) => `((${x}) * ${c}) & 4294967295`;

/**
 * The stories' memberships, one row per grouped article, hashed in SQL rather than row by row in
 * JS: the count, and the sum of a 32-bit mix (murmur-style: multiply, xor, multiply, xor-shift) of
 * each (article, pinned, story). The sum keeps it order-free; the mix keeps it from being linear in
 * the ids. The sum of `weight(article) * story_id` it replaces cancelled exactly when two moves
 * balanced (article 70 one story up and article 89 sixteen down; any two articles equal mod 65521
 * swapping stories), and the other windows were not told (review 14, finding 9). Two membership
 * sets now collide only by chance, about 2^-32. On reuters-21578 (21,294 memberships) it is 3.5 ms
 * against 1.5-2 ms before (docs/reliability.md).
 * NB: `LIMIT -1` keeps SQLite from flattening the subquery, which would copy `g` into each use
 * in the outer xor and compute the mix twice per row (about 6 ms).
 */
const STORY_MEMBERSHIPS = `SELECT count(*), sum(${xor('g', 'g >> 15')}) FROM (
  SELECT ${mul32(xor(mul32('(article_id * 2 + pinned) & 4294967295', 0x5bd1e995), 'story_id & 4294967295'), 0x5bd1e995)} AS g
  FROM story_articles LIMIT -1)`;

/** The tables of each area but the articles; read whole: each is small (hundreds to a few thousand rows). */
const AREA_QUERIES: ReadonlyArray<readonly [Area, string]> = [
  ['stories', 'SELECT id, label, user_label FROM stories ORDER BY id'],
  ['stories', STORY_MEMBERSHIPS],
  ['annotations', 'SELECT * FROM annotations ORDER BY id'],
  ['annotations', 'SELECT annotation_id, tag FROM annotation_tags ORDER BY annotation_id, tag'],
  ['saved-searches', 'SELECT * FROM saved_searches ORDER BY id'],
  ['recent-searches', 'SELECT * FROM recent_searches ORDER BY id'],
  ['settings', 'SELECT key, value FROM settings ORDER BY key'],
  ['watched-folders', 'SELECT * FROM watched_folders ORDER BY id']
];

/**
 * The articles area's aggregates: rows, the highest id, the text log's seq, corrections, links
 * and import runs (a re-import writes one, so a metadata-only re-import is seen). Each reads an
 * index or a rowid at most: under 2 ms on reuters-21578.
 * NB: an update of a listed field that writes none of these (another process's language
 * detection filling `language`) is not seen until one of them changes.
 */
const ARTICLES_PRINT = `SELECT
  (SELECT count(*) FROM articles), (SELECT max(id) FROM articles),
  (SELECT seq FROM sqlite_sequence WHERE name = 'search_changes'),
  (SELECT count(*) FROM article_corrections), (SELECT max(rowid) FROM article_corrections),
  (SELECT count(*) FROM article_links), (SELECT max(rowid) FROM article_links), (SELECT total(score) FROM article_links),
  (SELECT count(*) FROM import_runs), (SELECT max(id) FROM import_runs)`;

/**
 * Reads the digest of a library: every small table hashed, cheap aggregates of the articles area,
 * and, only when those changed since `previous` (or there is none), a hash per article of its
 * listed fields (the columns before its body, so no overflow page of a long text is read; a
 * change of the body itself is in `search_changes`), unless the library holds more than
 * {@link MAX_HASHED_ARTICLES}. Measured in docs/reliability.md (session 13).
 *
 * @param previous the last digest: its article hashes are kept when the articles area did not change.
 */
export function readLibraryDigest(db: ReadableDb, previous?: LibraryDigest): LibraryDigest {
  const areas = new Map<Area, number>();
  for (const [area, query] of AREA_QUERIES) {
    let h = areas.get(area) ?? 0x811c9dc5;
    for (const row of db.prepare(query).raw().iterate() as Iterable<unknown[]>) h = hashValues(h, row);
    areas.set(area, h);
  }
  const print = db.prepare(ARTICLES_PRINT).raw().get() as unknown[];
  const articlesPrint = print.join(' ');
  const textSeq = (print[2] as number | null) ?? 0;
  if (previous && previous.articlesPrint === articlesPrint) {
    return { areas, articlesPrint, rows: previous.rows, textSeq, links: previous.links };
  }
  return { areas, articlesPrint, rows: (print[0] as number) > MAX_HASHED_ARTICLES ? undefined : articleRows(db), textSeq, links: articleLinks(db) };
}

function articleRows(db: ReadableDb): Map<number, number> {
  const rows = new Map<number, number>();
  const articleRows = db
    .prepare('SELECT id, title, outlet, byline, published_at, url, language, dateline, wire_credits FROM articles')
    .raw()
    .iterate() as Iterable<unknown[]>;
  for (const row of articleRows) rows.set(row[0] as number, hashValues(0x811c9dc5, row));
  // Fields after the body (collection, word count, field sources) change with a correction or a
  // re-import, which change a listed field or the text too, or write article_corrections.
  for (const row of db.prepare('SELECT article_id, field, value FROM article_corrections').raw().iterate() as Iterable<
    unknown[]
  >) {
    const id = row[0] as number;
    rows.set(id, hashValues(rows.get(id) ?? 0, row));
  }
  return rows;
}

function articleLinks(db: ReadableDb): Set<string> {
  const links = new Set<string>();
  for (const row of db.prepare('SELECT a_id, b_id, score FROM article_links').raw().iterate() as Iterable<unknown[]>)
    links.add(row.join(' '));
  return links;
}

/**
 * What changed between two digests of one library: the areas, and the existing articles that
 * changed or went (`articleIds`, unless more than {@link MAX_IDS}, or the rows were not hashed, or
 * the text log no longer holds every entry since `before`: then any article may have changed).
 *
 * @param db the library, to read which articles' text changed since `before` (`search_changes`).
 */
export function diffLibraryDigests(db: ReadableDb, before: LibraryDigest, after: LibraryDigest): LibraryChange {
  const areas: Area[] = [];
  for (const [area, h] of after.areas) if (before.areas.get(area) !== h) areas.push(area);
  if (before.articlesPrint === after.articlesPrint) return { areas };
  areas.unshift('articles');
  if (!before.rows || !after.rows) return { areas };
  const changed = new Set<number>();
  for (const [id, h] of before.rows) {
    const now = after.rows.get(id);
    if (now !== h) changed.add(id);
  }
  if (after.textSeq > before.textSeq) {
    // Any process's search index deletes the log entries it has read when it saves
    // (searchIndex.ts, `writeSnapshot`): when some since `before` are gone, their articles are unknown.
    const [held, ids] = textChangesSince(db, before.textSeq, after.textSeq);
    if (held < after.textSeq - before.textSeq) return { areas };
    for (const id of ids) if (before.rows.has(id)) changed.add(id);
  }
  for (const link of symmetricDifference(before.links, after.links)) {
    for (const id of link.split(' ').slice(0, 2).map(Number)) if (before.rows.has(id)) changed.add(id);
  }
  return changed.size > MAX_IDS ? { areas } : { areas, articleIds: [...changed].sort((a, b) => a - b) };
}

/** How many `search_changes` entries in `(from, to]` the log still holds, and their articles. */
function textChangesSince(db: ReadableDb, from: number, to: number): [number, number[]] {
  const rows = db.prepare('SELECT article_id FROM search_changes WHERE seq > ? AND seq <= ?').pluck().all(from, to) as number[];
  return [rows.length, [...new Set(rows)]];
}

function* symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): Iterable<string> {
  for (const x of a) if (!b.has(x)) yield x;
  for (const x of b) if (!a.has(x)) yield x;
}

/** FNV-1a over a row's values, each with a separator so `ab|c` and `a|bc` differ. */
function hashValues(h: number, values: readonly unknown[]): number {
  for (const v of values) {
    const s = v === null ? '\u0000' : typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('base64') : String(v);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}
