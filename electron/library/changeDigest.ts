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
  /** A hash of each small table's rows, by the area a window shows them in. */
  readonly areas: ReadonlyMap<Area, number>;
  /** Each article's hash of what the list and the reader show of it but its text. */
  readonly rows: ReadonlyMap<number, number>;
  /** The last `search_changes` entry: an article's title, body or outlet changed, or it was deleted. */
  readonly textSeq: number;
  /** The near-duplicate links, as `a b score`. */
  readonly links: ReadonlySet<string>;
}

/** Beyond this many changed articles the change lists none: every open article is fetched again. */
const MAX_IDS = 200;

/** The tables of each area but the articles; read whole: each is small (hundreds to a few thousand rows). */
const AREA_QUERIES: ReadonlyArray<readonly [Area, string]> = [
  ['stories', 'SELECT id, label, user_label FROM stories ORDER BY id'],
  ['stories', 'SELECT article_id, story_id, pinned FROM story_articles ORDER BY article_id'],
  ['annotations', 'SELECT * FROM annotations ORDER BY id'],
  ['annotations', 'SELECT annotation_id, tag FROM annotation_tags ORDER BY annotation_id, tag'],
  ['saved-searches', 'SELECT * FROM saved_searches ORDER BY id'],
  ['recent-searches', 'SELECT * FROM recent_searches ORDER BY id'],
  ['settings', 'SELECT key, value FROM settings ORDER BY key'],
  ['watched-folders', 'SELECT * FROM watched_folders ORDER BY id']
];

/**
 * Reads the digest of a library: every small table hashed, and a hash per article of its listed
 * fields (the columns before its body, so no overflow page of a long text is read; a change of
 * the body itself is in `search_changes`). NB: 110-240 ms of CPU on reuters-21578's 21,294
 * articles (session 13, 4 runs on a loaded 2-core machine), on the engine's thread, paid only when
 * another process has written (at most every 3 s) and once after start.
 */
export function readLibraryDigest(db: ReadableDb): LibraryDigest {
  const areas = new Map<Area, number>();
  for (const [area, query] of AREA_QUERIES) {
    let h = areas.get(area) ?? 0x811c9dc5;
    for (const row of db.prepare(query).raw().iterate() as Iterable<unknown[]>) h = hashValues(h, row);
    areas.set(area, h);
  }
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
  const textSeq = (db.prepare('SELECT max(seq) FROM search_changes').pluck().get() as number | null) ?? 0;
  const links = new Set<string>();
  for (const row of db.prepare('SELECT a_id, b_id, score FROM article_links').raw().iterate() as Iterable<unknown[]>)
    links.add(row.join(' '));
  return { areas, rows, textSeq, links };
}

/**
 * What changed between two digests of one library: the areas, and the existing articles that
 * changed or went (`articleIds`, unless more than {@link MAX_IDS}).
 *
 * @param db the library, to read which articles' text changed since `before` (`search_changes`).
 */
export function diffLibraryDigests(db: ReadableDb, before: LibraryDigest, after: LibraryDigest): LibraryChange {
  const areas: Area[] = [];
  for (const [area, h] of after.areas) if (before.areas.get(area) !== h) areas.push(area);
  const changed = new Set<number>();
  let added = false;
  for (const [id, h] of before.rows) {
    const now = after.rows.get(id);
    if (now !== h) changed.add(id);
  }
  for (const id of after.rows.keys()) if (!before.rows.has(id)) added = true;
  if (after.textSeq !== before.textSeq) {
    const texts = db
      .prepare('SELECT DISTINCT article_id FROM search_changes WHERE seq > ? AND seq <= ?')
      .pluck()
      .all(before.textSeq, after.textSeq) as number[];
    for (const id of texts) if (before.rows.has(id)) changed.add(id);
  }
  for (const link of symmetricDifference(before.links, after.links)) {
    for (const id of link.split(' ').slice(0, 2).map(Number)) if (before.rows.has(id)) changed.add(id);
  }
  if (changed.size === 0 && !added) return { areas };
  areas.unshift('articles');
  return changed.size > MAX_IDS ? { areas } : { areas, articleIds: [...changed].sort((a, b) => a - b) };
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
