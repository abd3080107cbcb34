/** Articles picked for a batch action (compare, move to a story), by id. */
export type Picks = ReadonlySet<number>;

/** Nothing picked. */
export const NO_PICKS: Picks = new Set();

/**
 * The picks after Ctrl/⌘-click on an article: it is added, or removed if it was picked. Picking
 * starts from the article already selected (the list's cursor), the way file managers do, so
 * "click one, Ctrl-click another" picks both.
 *
 * @example togglePick(new Set(), 7, 3) // Set {3, 7}
 * @example togglePick(new Set([3, 7]), 7, 7) // Set {3}
 */
export function togglePick(picks: Picks, id: number, cursorId: number | null): Picks {
  const next = new Set(picks);
  if (next.size === 0 && cursorId !== null && cursorId !== id) next.add(cursorId);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * The picks after Shift-click (or Shift+arrow): every article from the anchor to the one clicked,
 * added to the current picks with Ctrl/⌘ held, else in place of them. `rangeIds` are the ids of
 * the rows between, as far as they are loaded.
 */
export function rangePick(picks: Picks, rangeIds: readonly number[], add: boolean): Picks {
  const next = new Set(add ? picks : []);
  for (const id of rangeIds) next.add(id);
  return next;
}

/** The indexes from `a` to `b`, inclusive, in either direction. */
export function indexRange(a: number, b: number): number[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
