/**
 * B-cubed precision, recall and F1 of a clustering against a gold clustering (Bagga & Baldwin
 * 1998; Amigó et al. 2009): per item, precision is the share of its predicted cluster that shares
 * its gold cluster, recall the share of its gold cluster found in its predicted cluster; both are
 * averaged over items.
 */

export interface BCubedScores {
  readonly precision: number;
  readonly recall: number;
  /** Harmonic mean of the averaged precision and recall. */
  readonly f1: number;
  /** Items scored: those with a gold cluster. */
  readonly items: number;
}

/**
 * Scores `predicted` (item → cluster label) against `gold` (item → cluster label). Items without a
 * gold label are ignored; gold items the prediction leaves out count as singletons.
 *
 * @example bcubed(new Map([['a', '1'], ['b', '1']]), new Map([['a', 'x'], ['b', 'y']])) // precision 0.5, recall 1
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubedScores {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0, items: 0 };
  // NB: a left-out item gets a label no other item can have.
  const pred = (item: string) => (predicted.has(item) ? `p:${predicted.get(item)!}` : `missing:${item}`);
  const both = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const item of items) {
    const p = pred(item);
    const g = gold.get(item)!;
    const key = `${p}\u0000${g}`;
    both.set(key, (both.get(key) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const p = pred(item);
    const g = gold.get(item)!;
    const n = both.get(`${p}\u0000${g}`)!;
    precision += n / predSize.get(p)!;
    recall += n / goldSize.get(g)!;
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: items.length };
}
