import type { Handlers } from '@shared/contract/dispatch';
import type { ReadableDb, WritableDb } from '../db/connection';
import { requireWritable } from '../db/readOnly';
import {
  addSavedSearch,
  clearRecentSearches,
  deleteSavedSearch,
  listRecentSearches,
  listSavedSearches,
  recordRecentSearch
} from './savedSearches';
import { searchArticles } from './searchArticles';
import { warmSearchIndex } from './searchIndex';
import { saveSnapshotsThrough, snapshotWriter } from './snapshots';

type SearchChannel =
  | 'search:query'
  | 'search:saved:list'
  | 'search:saved:add'
  | 'search:saved:delete'
  | 'search:recent:list'
  | 'search:recent:clear';

/**
 * The handlers of the `search:*` channels over one library. Creating them starts loading the
 * library's MiniSearch index in the background, so prefix and fuzzy matching are ready by the
 * time the user has typed something; until then searches use FTS5 alone.
 *
 * @param db where searches read: the engine's read-only connection (issue 14), or the one
 *   connection of the CLI or a test.
 * @param writer where saved and recent searches and the index's snapshots are written; left out,
 *   `db` when it may write. A library open read-only has none, and its writes are refused.
 * @param options.warm false: do not start loading the index (the command line, whose commands
 *   run once and exit: `crosscheck search` waits for the index itself). NB: warming it for
 *   `crosscheck import` of one file into a 21,578-article library cost 1.4 s of CPU, on the core
 *   the import worker needs.
 */
export function searchHandlers(
  db: ReadableDb,
  writer: WritableDb | undefined = snapshotWriter(db),
  options: { readonly warm?: boolean } = {}
): Pick<Handlers, SearchChannel> {
  if (writer && writer !== db) saveSnapshotsThrough(db, writer);
  const write = () => writer ?? requireWritable(db);
  if (options.warm !== false) setImmediate(() => warmSearchIndex(db));
  const count = (query: string) => searchArticles(db, query, { limit: 1 }).total;
  return {
    'search:query': ({ query, limit, sort, record, facets }) => {
      const response = searchArticles(db, query, { limit, sort, facets });
      // NB: a library open read-only does not remember the search (docs/reliability.md).
      if (record && writer) recordRecentSearch(writer, query);
      return response;
    },
    'search:saved:list': () => ({ searches: listSavedSearches(db, count) }),
    'search:saved:add': ({ name, query }) => {
      const saved = addSavedSearch(write(), name, query);
      return { ...saved, count: count(saved.query) };
    },
    'search:saved:delete': ({ id }) => {
      deleteSavedSearch(write(), id);
      return { ok: true as const };
    },
    'search:recent:list': () => ({ searches: listRecentSearches(db) }),
    'search:recent:clear': () => {
      clearRecentSearches(write());
      return { ok: true as const };
    }
  };
}
