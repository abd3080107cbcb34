/**
 * A filter before fuzzy matching: where in a text could a quote be, given which of its 4-grams
 * occur there? Myers' matcher scans every character of the article for every highlight; with an
 * index of the article's 4-grams built once, each highlight looks only at the few regions that
 * share a good part of its 4-grams (its true place, look-alikes), not at all 60,000 characters.
 */

const Q = 4;
/** Votes are counted per bin of this many code units. */
const BIN = 32;
/** A region must hold at least this share of the quote's distinct 4-grams to be searched. */
const MIN_SHARE = 0.25;

/** Where each 4-gram (hashed to 32 bits; a collision only lets a region through) occurs. */
export type GramIndex = ReadonlyMap<number, readonly number[]>;

function gramAt(text: string, i: number): number {
  let h = text.charCodeAt(i);
  for (let k = 1; k < Q; k++) h = Math.imul(h, 0x01000193) ^ text.charCodeAt(i + k);
  return h;
}

/** The 4-gram index of a (normalised) text. */
export function gramIndex(text: string): GramIndex {
  const index = new Map<number, number[]>();
  for (let i = 0; i + Q <= text.length; i++) {
    const g = gramAt(text, i);
    const at = index.get(g);
    if (at) at.push(i);
    else index.set(g, [i]);
  }
  return index;
}

/**
 * Regions [from, to) of a text of `length` worth searching for `pattern` with up to `maxErrors`
 * edits: windows of the pattern's length plus the errors plus a bin either side holding at least
 * a quarter of the pattern's distinct 4-grams, merged where they touch.
 */
export function likelyRegions(index: GramIndex, length: number, pattern: string, maxErrors: number): [number, number][] {
  const distinct = new Set<number>();
  for (let i = 0; i + Q <= pattern.length; i++) distinct.add(gramAt(pattern, i));
  if (distinct.size === 0) return [[0, length]];
  const bins = Math.ceil(length / BIN) + 1;
  const votes = new Uint32Array(bins);
  for (const g of distinct) for (const at of index.get(g) ?? []) votes[Math.floor(at / BIN)]!++;
  const span = Math.ceil((pattern.length + maxErrors) / BIN) + 1;
  const need = Math.max(2, Math.ceil(distinct.size * MIN_SHARE));
  const regions: [number, number][] = [];
  let sum = 0;
  for (let b = 0; b < bins; b++) {
    sum += votes[b]!;
    if (b >= span) sum -= votes[b - span]!;
    if (sum < need) continue;
    const from = Math.max(0, (b - span) * BIN);
    const to = Math.min(length, (b + 2) * BIN);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}
