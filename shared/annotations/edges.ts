/**
 * Puts a fuzzy match's edges where the highlight's edges went. The matcher's lowest-error match
 * may stop short of, or run past, words inserted or reworded at the highlight's edge ("south, over
 * although An|swer it"); aligning the stored context with the edge of the quote shows where the
 * quote truly ends ("…Answer it| had agreed").
 */

/** Code units of stored context and of the quote aligned at each edge. */
const CONTEXT = 16;
const QUOTE = 64;

/**
 * The refined [start, end) of a fuzzy match of `quote` at [start, end) of `text` (all normalised),
 * using the normalised `prefix` and `suffix`. `slack` bounds how far an edge may move.
 */
export function refineEdges(text: string, start: number, end: number, quote: string, prefix: string, suffix: string, slack: number): { start: number; end: number } {
  let newStart = start;
  let newEnd = end;
  const before = prefix.slice(-CONTEXT);
  if (before.length > 0) {
    const head = quote.slice(0, QUOTE);
    const from = Math.max(0, start - slack - before.length);
    const at = boundary(before + head, before.length, text.slice(from, Math.min(text.length, start + head.length + slack)), 'after');
    if (at !== null) newStart = from + at;
  }
  const after = suffix.slice(0, CONTEXT);
  if (after.length > 0) {
    const tail = quote.slice(-QUOTE);
    const from = Math.max(0, end - tail.length - slack);
    const at = boundary(tail + after, tail.length, text.slice(from, Math.min(text.length, end + slack + after.length)), 'before');
    if (at !== null) newEnd = from + at;
  }
  return newStart < newEnd ? { start: newStart, end: newEnd } : { start, end };
}

/**
 * Aligns `pattern` to the best-matching substring of `window` (edit distance, the window's ends
 * free) and returns the window offset that pattern offset `cut` aligns to. Window text inserted
 * right at the cut goes `inserted` it — callers pass the quote's side, so words added at a
 * highlight's edge are in it.
 */
export function boundary(pattern: string, cut: number, window: string, inserted: 'before' | 'after'): number | null {
  const rows = pattern.length + 1;
  const cols = window.length + 1;
  if (cols === 1) return null;
  const cost = new Int32Array(rows * cols);
  for (let i = 1; i < rows; i++) cost[i * cols] = i;
  for (let i = 1; i < rows; i++) {
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const diagonal = cost[(i - 1) * cols + j - 1]! + (p === window.charCodeAt(j - 1) ? 0 : 1);
      cost[i * cols + j] = Math.min(diagonal, cost[(i - 1) * cols + j]! + 1, cost[i * cols + j - 1]! + 1);
    }
  }
  let j = 0;
  for (let k = 1; k < cols; k++) if (cost[(rows - 1) * cols + k]! < cost[(rows - 1) * cols + j]!) j = k;
  // Trace back to the row where `cut` pattern units are consumed; prefer matches, then gaps in the window.
  let i = rows - 1;
  while (i > cut) {
    const here = cost[i * cols + j]!;
    if (j > 0 && here === cost[(i - 1) * cols + j - 1]! + (pattern.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1)) {
      i--;
      j--;
    } else if (here === cost[(i - 1) * cols + j]! + 1) i--;
    else j--;
  }
  // Here the path enters row `cut`; window units it still takes in this row lie just left of j.
  if (inserted === 'after') while (j > 0 && cost[cut * cols + j]! === cost[cut * cols + j - 1]! + 1) j--;
  return j;
}
