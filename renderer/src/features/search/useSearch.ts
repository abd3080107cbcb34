import type { SearchResponse, SearchSort } from '@shared/contract/schemas';
import { useQuery } from '../../lib/query/useQuery';
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
}

/**
 * Searches as the user types (debounced), keeping the previous results on screen meanwhile. A
 * new order searches again at once (no typing to wait for), and a changed library (articles or
 * stories, through the query layer) asks the same query again.
 */
export function useSearch(query: string, { sort }: SearchOptions): SearchState {
  const trimmed = query.trim();
  const settled = useDebouncedValue(trimmed, DEBOUNCE_MS);
  const result = useQuery('search:query', settled ? { query: settled, limit: RESULT_LIMIT, sort } : null);
  if (!trimmed) return { response: null, pending: false };
  return { response: result.value ?? null, pending: trimmed !== settled || result.loading };
}
