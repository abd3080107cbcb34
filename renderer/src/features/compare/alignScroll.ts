/** Where a passage sits in a scrolling column, in pixels. */
export interface ColumnPosition {
  /** Top of the passage from the top of the column's content (independent of scrolling). */
  readonly contentTop: number;
  /** The column's largest scrollTop. */
  readonly maxScroll: number;
}

/**
 * The scroll positions that put one passage on the same line in every column: the line is where
 * the clicked passage already is (`anchorViewportTop`), unless another column cannot scroll far
 * enough up for that, in which case the line moves up to where that column's passage is at the
 * top of its content. Returns the scrollTop for the anchor column first, then each other column.
 *
 * @example alignedScrollTops({ contentTop: 900, maxScroll: 2000 }, 300, [{ contentTop: 400, maxScroll: 2000 }])
 * // [600, 100]: both passages 300 px below the columns' tops
 */
export function alignedScrollTops(
  anchor: ColumnPosition,
  anchorViewportTop: number,
  others: readonly ColumnPosition[]
): number[] {
  const line = Math.max(0, Math.min(anchorViewportTop, ...others.map((o) => o.contentTop)));
  const clamp = (value: number, max: number) => Math.round(Math.min(Math.max(value, 0), Math.max(max, 0)));
  return [anchor, ...others].map((column) => clamp(column.contentTop - line, column.maxScroll));
}

/** The index of the value nearest to `target` (the first on a tie), or -1 for none. */
export function nearestIndex(values: readonly number[], target: number): number {
  let best = -1;
  let bestDistance = Infinity;
  values.forEach((value, index) => {
    const distance = Math.abs(value - target);
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

/** Where a column should be to show the same share of its text as another column shows. */
export function proportionalScrollTop(sourceTop: number, sourceMax: number, targetMax: number): number {
  if (sourceMax <= 0 || targetMax <= 0) return 0;
  return Math.round((sourceTop / sourceMax) * targetMax);
}
