import type { SearchResponse, SearchSort } from '../../../../shared/contract/schemas';
import { call } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/** Short enough to feel instant, long enough not to query on every keystroke of a fast typist. */
const DEBOUNCE_MS = 150;
/** Hits asked for per query; the header says when there are more. */
export const RESULT_LIMIT = 200;

/** The search state for what is in the search box. */
export interface SearchState {
  /** The latest answer, or null when the box is empty. May belong to an earlier query while `pending`. */
  readonly response: SearchResponse | null;
  /** True while typing has not settled or the answer for the settled query is on its way. */
  readonly pending: boolean;
}

/** How to search besides the query. */
export interface SearchOptions {
  /** Relevance, or newest first. */
  readonly sort: SearchSort;
  /** Bumped when the library changes (imports, edits): the same query is asked again. */
  readonly version: number;
}

/**
 * Searches as the user types (debounced), keeping the previous results on screen meanwhile. A
 * new order or a changed library searches again at once (no typing to wait for).
 */
export function useSearch(query: string, { sort, version }: SearchOptions): SearchState {
  const trimmed = query.trim();
  const settled = useDebouncedValue(trimmed, DEBOUNCE_MS);
  const result = useAsync(settled ? `search:${sort}:${version}:${settled}` : null, () =>
    call('search:query', { query: settled, limit: RESULT_LIMIT, sort })
  );
  if (!trimmed) return { response: null, pending: false };
  return { response: result.value ?? null, pending: trimmed !== settled || result.loading };
}
