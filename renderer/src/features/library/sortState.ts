import type { ArticleSummary, SortDirection, SortKey } from '@shared/contract/schemas';

/** The library list's order. */
export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** Newest first: what a researcher coming back to a library most often wants. */
export const DEFAULT_SORT: SortState = { key: 'publishedAt', direction: 'desc' };

/**
 * The order after a click on a column header: the same column flips its direction; a new column
 * starts in its natural direction (text A→Z, dates and counts largest first).
 */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'title' || key === 'outlet' ? 'asc' : 'desc' };
}

const text = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Articles in the order the engine's `articles:list` gives for `sort`, for lists the UI holds
 * whole (a story's articles): text A→Z with a missing value last, dates and counts by value.
 */
export function sortSummaries<T extends ArticleSummary>(rows: readonly T[], sort: SortState): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: T, b: T): number => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === y) return a.id - b.id;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : text.compare(String(x), String(y));
    return order === 0 ? a.id - b.id : sign * order;
  };
  return [...rows].sort(compare);
}
