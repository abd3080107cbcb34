// Reused between calls: looking a word up against 200k candidates must not allocate per candidate.
let rows: [Int32Array, Int32Array, Int32Array] = makeRows(64);

/**
 * Bounded Damerau–Levenshtein distance (the "optimal string alignment" form: insertions,
 * deletions, substitutions and swaps of two neighbouring letters each cost 1, and no letter is
 * edited twice), counted in UTF-16 code units.
 *
 * Returns the distance when it is at most `max`, and `max + 1` otherwise, so a caller that only asks
 * "within 2?" never pays for the full table: only a band of `2 * max + 1` cells per row is filled,
 * and the computation stops as soon as a whole row exceeds `max`.
 *
 * @example
 * boundedDistance('negotiatons', 'negotiations', 2) // 1: a missing letter
 * boundedDistance('deraa', 'daraa', 2)              // 1: a changed letter
 * boundedDistance('reuetrs', 'reuters', 2)          // 1: two letters swapped
 * boundedDistance('beirut', 'busra', 2)             // 3, meaning "more than 2"
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (rows[0].length <= m + 1) rows = makeRows(m + 2);
  let [before, prev, cur] = rows;
  let spare: Int32Array;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : over;

  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[0] = i <= max ? i : over;
    // Cells just outside the band read as "too far", whatever an earlier row left there.
    if (lo > 1) cur[lo - 1] = over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = lo === 1 ? cur[0] : over;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ai === bj ? 0 : 1);
      const up = prev[j]! + 1;
      const left = cur[j - 1]! + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      if (aPrev === bj && ai !== bj && j > 1 && ai === b.charCodeAt(j - 2)) {
        const swap = before[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return Math.min(prev[m]!, over);
}

function makeRows(size: number): [Int32Array, Int32Array, Int32Array] {
  return [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
}
