import type { TextRange } from '@shared/contract/schemas';
import type { HighlightSpan } from './layers';

/**
 * The highlight `H` (forward) or `Shift H` (back) moves to, in reading order (start, then the
 * longer first, then the older): from the highlight that has the focus (`onId`) the one after or
 * before it; else from the sentence cursor `at` the first starting at or after its start, or the
 * last starting before it; with neither, the first or the last. Null past either end: the focus
 * stays where it is rather than wrap to the other end of the article unannounced.
 *
 * @example
 * const spans = [{ id: 1, colour: 1, start: 40, end: 50 }, { id: 2, colour: 3, start: 5, end: 9 }];
 * nextHighlight(spans, null, null, true)?.id // 2
 * nextHighlight(spans, null, 2, true)?.id // 1
 */
export function nextHighlight(
  spans: readonly HighlightSpan[],
  at: TextRange | null,
  onId: number | null,
  forward: boolean
): HighlightSpan | null {
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const on = onId === null ? -1 : order.findIndex((s) => s.id === onId);
  if (on >= 0) return order[forward ? on + 1 : on - 1] ?? null;
  if (at === null) return (forward ? order[0] : order.at(-1)) ?? null;
  return (forward ? order.find((s) => s.start >= at.start) : order.findLast((s) => s.start < at.start)) ?? null;
}
