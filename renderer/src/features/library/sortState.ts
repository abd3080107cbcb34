import type { SortDirection, SortKey } from '../../../../shared/contract/schemas';

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
