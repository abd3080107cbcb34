import type { Handlers } from '../../../shared/contract/dispatch';
import type { ReadableDb } from '../db/connection';
import { isWritable, requireWritable } from '../db/readOnly';
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
 */
export function searchHandlers(db: ReadableDb): Pick<Handlers, SearchChannel> {
  setImmediate(() => warmSearchIndex(db));
  const count = (query: string) => searchArticles(db, query, { limit: 1 }).total;
  return {
    'search:query': ({ query, limit, sort, record, facets }) => {
      const response = searchArticles(db, query, { limit, sort, facets });
      // NB: a library open read-only does not remember the search (docs/reliability.md).
      if (record && isWritable(db)) recordRecentSearch(db, query);
      return response;
    },
    'search:saved:list': () => ({ searches: listSavedSearches(db, count) }),
    'search:saved:add': ({ name, query }) => {
      const saved = addSavedSearch(requireWritable(db), name, query);
      return { ...saved, count: count(saved.query) };
    },
    'search:saved:delete': ({ id }) => {
      deleteSavedSearch(requireWritable(db), id);
      return { ok: true as const };
    },
    'search:recent:list': () => ({ searches: listRecentSearches(db) }),
    'search:recent:clear': () => {
      clearRecentSearches(requireWritable(db));
      return { ok: true as const };
    }
  };
}
