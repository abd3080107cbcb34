import search from 'approx-string-match';
import { likelyRegions, type GramIndex } from './grams';

/** A place in the (normalised) text where the quote was found, with its edit distance. */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Quotes longer than this are found by their head and tail first, then checked whole nearby. */
export const LONG_QUOTE = 256;
/** At most this many errors per code unit when a long quote is checked whole. */
const LONG_ERROR_RATE = 0.25;
/** Code units of a long quote's head and of its tail. */
const END_LENGTH = 96;

/**
 * Every occurrence of `pattern` in `text` (exact, by indexOf), at most `limit` of them.
 *
 * @example exactMatches('a b a', 'a', 10) // [{start:0,end:1,errors:0},{start:4,end:5,errors:0}]
 */
export function exactMatches(text: string, pattern: string, limit: number): Match[] {
  const found: Match[] = [];
  if (pattern.length === 0) return found;
  for (let at = text.indexOf(pattern); at >= 0 && found.length < limit; at = text.indexOf(pattern, at + 1)) {
    found.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return found;
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits (Myers'
 * bit-parallel matcher, approx-string-match), the best of each region of the text.
 *
 * NB: approx-string-match returns only the matches with the fewest errors over the whole text, so
 * a look-alike with one error would hide the true place with three. The text is therefore searched
 * in overlapping chunks, each yielding its own best, and the caller weighs them with context.
 * Long quotes search their head and tail, then the whole quote only in windows around those hits,
 * so a 2,000-character highlight costs a few short scans, not a 1,000-error one over the article.
 * With the text's 4-gram `index`, only regions sharing a good part of the quote's 4-grams are
 * searched (grams.ts).
 */
export function fuzzyMatches(text: string, pattern: string, maxErrors: number, index?: GramIndex): Match[] {
  if (pattern.length === 0) return [];
  const everywhere = (p: string, k: number): Match[] => {
    const regions = index ? likelyRegions(index, text.length, p, k) : [[0, text.length] as [number, number]];
    return regions.flatMap(([from, to]) => chunkedSearch(text, p, k, from, to));
  };
  if (pattern.length <= LONG_QUOTE) return everywhere(pattern, maxErrors);
  const rate = maxErrors / pattern.length;
  const head = pattern.slice(0, END_LENGTH);
  const tail = pattern.slice(-END_LENGTH);
  const endErrors = Math.floor(END_LENGTH * rate);
  const reach = Math.ceil(pattern.length * (1 + rate)) + END_LENGTH;
  const windows: [number, number][] = [];
  for (const m of everywhere(head, endErrors)) windows.push([m.start - END_LENGTH, m.start + reach]);
  for (const m of everywhere(tail, endErrors)) windows.push([m.end - reach, m.end + END_LENGTH]);
  const found: Match[] = [];
  // NB: windows that overlap are merged and give one best each: two copies of a long passage within
  // ~2.5 lengths of each other would show as one (rare in an article; it makes an orphan likelier,
  // not a misplacement, since the copy found still has to score on its context).
  for (const [from, to] of mergeWindows(windows, text.length)) {
    const window = text.slice(from, to);
    // NB: the whole-quote check is the costly step (Myers over ~L/32 words per character): a window
    // holding the quote word for word needs none, and the others are checked with at most
    // LONG_ERROR_RATE errors per unit — a long passage changed more than that is not found.
    const exact = window.indexOf(pattern);
    if (exact >= 0) found.push({ start: from + exact, end: from + exact + pattern.length, errors: 0 });
    else for (const m of search(window, pattern, Math.min(maxErrors, Math.ceil(pattern.length * LONG_ERROR_RATE)))) found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
  }
  return found;
}

/** approx-string-match over [from, to) in chunks that overlap by a whole match, each chunk's best. */
function chunkedSearch(text: string, pattern: string, maxErrors: number, from: number, to: number): Match[] {
  const longest = pattern.length + maxErrors;
  const size = Math.max(256, 3 * longest);
  const step = size - longest;
  const found: Match[] = [];
  const seen = new Set<string>();
  for (let at = from; at < to; at += step) {
    const end = Math.min(to, at + size);
    for (const m of search(text.slice(at, end), pattern, maxErrors)) {
      const start = m.start + at;
      const key = `${start}:${m.end + at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ start, end: m.end + at, errors: m.errors });
    }
    if (end === to) break;
  }
  return found;
}

/** Clamps windows into the text and joins those that overlap. */
function mergeWindows(windows: [number, number][], length: number): [number, number][] {
  const sorted = windows.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(length, b)]).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}
