import type { SearchResponse } from '@shared/contract/schemas';
import { plural } from '../../lib/format';

/** Props of {@link SearchStatus}. */
export interface SearchStatusProps {
  /** The answer on screen; it may belong to an earlier query while `pending`. */
  response: SearchResponse | null;
  /** True while typing has not settled or the answer for the typed query is on its way. */
  pending: boolean;
}

/**
 * What a screen reader hears once a search settles — "5 results for “Deraa”", the order when it
 * is newest first, the matches in notes of an `in:notes` search — and nothing on each keystroke
 * before (`aria-busy` while the answer is on its way). The visible count says only "5 results":
 * the query is in the box above it, but a listener needs to know which query the count answers.
 *
 * `data-query` is the query the results on screen answer, and only once they are its own; so the
 * end-to-end tests wait on it, and never judge the previous query's hits still on screen.
 */
export function SearchStatus({ response, pending }: SearchStatusProps) {
  const settled = response !== null && !pending;
  return (
    <p
      className="visually-hidden"
      role="status"
      aria-busy={!settled}
      data-testid="search-status"
      data-query={settled ? response.query : undefined}
      data-sort={settled ? response.sort : undefined}
    >
      {settled ? describeAnswer(response) : 'Searching…'}
    </p>
  );
}

/** "5 results for “Deraa”, newest first"; with `in:notes`, the matches in notes first. */
export function describeAnswer(response: SearchResponse): string {
  const notes = response.noteHits.length;
  const count = notes > 0 && response.total === 0 ? `${plural(notes, 'match', 'matches')} in your notes` : plural(response.total, 'result');
  return `${count} for “${response.query}”${response.sort === 'date' ? ', newest first' : ''}`;
}
