import { VariantIndex } from '../../../shared/search/variants';
import type { ReadableDb } from '../db/connection';

interface Cached {
  readonly stamp: string;
  readonly index: VariantIndex;
}
const cache = new WeakMap<ReadableDb, Cached>();

/**
 * The variant index over the library's vocabulary, built once and rebuilt only when articles
 * were added or removed since (an import in the worker, another process). Building it reads the
 * `articles_vocab` table: about a second for a 200k-word vocabulary, then milliseconds per query.
 */
export function getVariantIndex(db: ReadableDb): VariantIndex {
  const stamp = libraryStamp(db);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.index;
  const rows = db.prepare('SELECT term, doc FROM articles_vocab').raw().iterate() as IterableIterator<[string, number]>;
  const index = new VariantIndex(rows);
  cache.set(db, { stamp, index });
  return index;
}

/** Changes whenever articles are added or removed. */
function libraryStamp(db: ReadableDb): string {
  const row = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS maxId FROM articles').get() as { n: number; maxId: number };
  return `${row.n}:${row.maxId}`;
}
