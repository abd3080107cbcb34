import { useMemo } from 'react';
import { useQueries, type QuerySlot } from '../../lib/query/useQuery';
import { filterClauses, removeClause } from './queryFilters';

/** The filter that took every match away, and what the search finds without it. */
export interface EmptyingFilter {
  /** The clause as typed in the query: `date:2004..2005`, `-outlet:AFP`. */
  readonly clause: string;
  /** The query without it, as the Remove button sets it. */
  readonly without: string;
  /** How many articles that query finds. */
  readonly total: number;
}

/** What {@link useEmptiedBy} knows so far. */
export interface EmptiedBy {
  /** True while the searches without each filter are on their way. */
  readonly loading: boolean;
  /** The first filter whose removal alone brings matches back, or null when none does. */
  readonly filter: EmptyingFilter | null;
}

const NOTHING: EmptiedBy = { loading: false, filter: null };

/**
 * Why a search found nothing, when a filter is why: the query is asked again without each of its
 * filter clauses (`date:`, `outlet:`, `story:`, `tag:`, `lang:`, `author:`), one at a time, and the
 * first one whose removal finds articles is named. Asked only while `empty` (a settled search that
 * found nothing), so a search with matches costs nothing more.
 */
export function useEmptiedBy(query: string, empty: boolean): EmptiedBy {
  const trimmed = query.trim();
  const candidates = useMemo(() => {
    if (!empty) return [];
    return filterClauses(trimmed)
      .map((clause) => ({ clause: trimmed.slice(clause.start, clause.end), without: removeClause(trimmed, clause).trim() }))
      .filter((candidate) => candidate.without !== '');
  }, [trimmed, empty]);
  const slots: Array<QuerySlot<'search:query'>> = candidates.map((candidate, i) => ({
    slot: String(i),
    // One hit is enough to know the words match; the total says how many. No facets: counting them
    // over what may be most of the library only to read a total (code review 12).
    input: { query: candidate.without, limit: 1, sort: 'relevance', facets: false }
  }));
  const answers = useQueries('search:query', slots);
  if (candidates.length === 0) return NOTHING;
  let loading = false;
  for (const [i, candidate] of candidates.entries()) {
    const answer = answers.get(String(i));
    // A check that failed names nothing (its filter may still be the one), and does not hold the
    // others back: left "loading", it kept the empty state blank for good (code review 12).
    if (answer?.error !== undefined) continue;
    if (!answer?.current) {
      loading = true;
      continue;
    }
    const total = answer.value?.total ?? 0;
    // In order: an earlier filter still loading may be the one to name, so wait for it.
    if (total > 0 && !loading) return { loading: false, filter: { ...candidate, total } };
  }
  return { loading, filter: null };
}
