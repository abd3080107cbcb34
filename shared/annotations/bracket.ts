import { WORD } from '@shared/text/tokens';
import type { Match } from './fuzzy';
import { editDistance } from './similarity';

/** Units of each stored context that must be found word for word on either side of a bracketed place. */
const BRACKET_CONTEXT = 24;
/** Stored contexts shorter than this (the text's start or end) do not bracket anything. */
const MIN_BRACKET_CONTEXT = 12;
/** Occurrences of the prefix's tail looked at (it is 24 units: it rarely recurs). */
const MAX_BRACKETS = 20;

/** A place found between the highlight's unchanged neighbours, with how many of its words it kept. */
export interface Bracketed extends Match {
  /** Words in common with the stored quote (in order) over the words of the longer of the two, 0–1. */
  readonly wordLikeness: number;
}

/** The longest common subsequence of two word lists, in words. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Places that sit exactly between the highlight's stored neighbours (the last 24 units of its
 * prefix and the first 24 of its suffix, word for word in the normalised text), whatever lies
 * between them: words inserted into a short highlight, or removed from it, change a third or half
 * of its letters — too many for the character matcher — but leave both neighbours where they
 * were. Each place says how many of the quote's words it kept (`wordLikeness`); `rankPlaces`
 * scores it on that, so a deleted passage (its neighbours now touch: no words between) or one
 * replaced by other words is not taken for the highlight.
 *
 * `quote`, `prefix` and `suffix` are normalised; `text` is the normalised text.
 */
export function bracketedMatches(text: string, prefix: string, quote: string, suffix: string): Bracketed[] {
  if (prefix.length < MIN_BRACKET_CONTEXT || suffix.length < MIN_BRACKET_CONTEXT || quote.length === 0) return [];
  const before = prefix.slice(-BRACKET_CONTEXT);
  const after = suffix.slice(0, BRACKET_CONTEXT);
  // The kernel's words: the text is normalised (lower case, no marks), so no folding is left to do.
  const quoteWords = quote.match(WORD) ?? [];
  if (quoteWords.length === 0) return [];
  // Twice the quote and a few words more: what inserting words into it can make of it.
  const maxGap = 2 * quote.length + 32;
  const out: Bracketed[] = [];
  for (let from = 0, seen = 0; seen < MAX_BRACKETS; seen++) {
    const p = text.indexOf(before, from);
    if (p < 0) break;
    from = p + 1;
    const start = p + before.length;
    const s = text.indexOf(after, start);
    if (s < 0) break;
    if (s - start > maxGap) continue;
    // Only the innermost pair: a repeat of the prefix's words further on ("… at 1.25 times New
    // York" twice in a table) would otherwise bracket other lines along with the gap.
    const next = text.indexOf(before, from);
    // NB: `next < s`, not `next + length <= s`: the prefix's last space and the suffix's first
    // are one space once normalised when nothing is left between them.
    if (next >= 0 && next < s) continue;
    const span = text.slice(start, s);
    const spanWords = span.match(WORD) ?? [];
    const common = commonWords(quoteWords, spanWords);
    if (common === 0) continue;
    out.push({
      start,
      end: s,
      errors: Math.max(1, editDistance(quote, span)),
      wordLikeness: common / Math.max(quoteWords.length, spanWords.length)
    });
  }
  return out;
}
