import { useCallback, useEffect, useRef } from 'react';
import { call } from '../../lib/api';
import { useInvalidate } from '../../lib/query/useQuery';

/**
 * How long a query must stay unchanged to count as searched. Much longer than the search's own
 * debounce: results for `Dar` show while typing `Daraa`, but only `Daraa` is remembered.
 */
export const SETTLE_MS = 1500;

/**
 * Remembers the query in the recent searches once it has settled ({@link SETTLE_MS}), or at once
 * through the returned function (Enter, a result opened). Each query is recorded once until the
 * box changes; the recent searches then reload (`recent-searches`).
 *
 * Recording is a `search:query` with `record: true` asking for one hit and no facets: the results
 * on screen came from the search as typed, and this only writes the history.
 */
export function useRecordSearch(query: string): () => void {
  const trimmed = query.trim();
  const lastRecorded = useRef('');
  const invalidate = useInvalidate();

  const record = useCallback(
    (text: string) => {
      if (text === '' || text === lastRecorded.current) return;
      lastRecorded.current = text;
      call('search:query', { query: text, limit: 1, facets: false, record: true }).then(() => invalidate(['recent-searches']), () => {
        // The history is a convenience: failing to write it is not worth interrupting the search.
        lastRecorded.current = '';
      });
    },
    [invalidate]
  );

  useEffect(() => {
    // An emptied box starts afresh: searching the same words again later moves them to the top.
    if (trimmed === '') {
      lastRecorded.current = '';
      return;
    }
    const timer = window.setTimeout(() => record(trimmed), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed, record]);

  return useCallback(() => record(trimmed), [record, trimmed]);
}
