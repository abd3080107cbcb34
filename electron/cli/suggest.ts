/**
 * "Did you mean …?" for a mistyped command, action or option: the known name closest to what was
 * typed, when it is close enough to be a slip of the fingers and not another word.
 */

/**
 * The known name nearest to `typed` by edit distance (a swapped pair of letters counts as one
 * edit, as in `serach`), or undefined when none is near: at most 2 edits, and fewer than half the
 * typed letters (so `ls` does not become `list`, nor `frobnicate` anything). Ties go to the
 * first in `known`.
 *
 * @example closestName('serach', ['import', 'search']) // 'search'
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(word, name.toLowerCase());
    if (distance === 0) return name;
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best === undefined) return undefined;
  const letters = word.replace(/^-+/, '').length;
  return best.distance <= 2 && best.distance * 2 < letters ? best.name : undefined;
}

/** ` Did you mean search?` for {@link closestName}'s answer, '' when there is none: to append to a sentence. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const name = closestName(typed, known);
  return name === undefined ? '' : ` Did you mean ${name}?`;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  // NB: three rows are enough, the swap looks back two; names are short, so no early exit.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
