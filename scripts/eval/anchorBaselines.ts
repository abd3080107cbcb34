/**
 * Baselines the anchoring benchmark runs beside `anchor` (scripts/eval-anchors.ts), each mapping a
 * stored highlight to a place in the new text, or null for an orphan.
 */
import search from 'approx-string-match';
import type { TextAnchor } from '@shared/annotations/selectors';
import type { Span } from './anchorEdits';

/** A re-anchoring method under test: a place, or null (orphan). */
export type Anchorer = (text: string, target: TextAnchor) => Span | null;

/** Position only: the stored offsets, whatever is there now (what a plain range store does). */
export const positionOnly: Anchorer = (text, target) => {
  const start = Math.min(target.position.start, text.length);
  const end = Math.min(target.position.end, text.length);
  return end > start ? { start, end } : null;
};

/**
 * Exact quote with context: every exact occurrence of the quote, the one whose surroundings share
 * the longest run of the stored prefix and suffix wins (the nearest to the old place on a tie);
 * an orphan only when the quote occurs nowhere.
 */
export const exactQuoteWithContext: Anchorer = (text, target) => {
  const { exact, prefix, suffix } = target.quote;
  if (exact.length === 0) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    let before = 0;
    while (before < prefix.length && text[at - 1 - before] === prefix[prefix.length - 1 - before]) before++;
    let after = 0;
    const end = at + exact.length;
    while (after < suffix.length && text[end + after] === suffix[after]) after++;
    const score = before + after;
    const distance = Math.abs(at - target.position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
};

/**
 * Hypothesis-style best match (its `matchQuote`): approx-string-match with up to half the quote's
 * length (at most 256) in errors over the raw text, each match scored 50 × quote + 20 × prefix +
 * 20 × suffix + 2 × position likeness, the best taken whatever its score (no minimum).
 */
export const hypothesisBestMatch: Anchorer = (text, target) => {
  const { exact, prefix, suffix } = target.quote;
  if (exact.length === 0) return null;
  const exactAt = text.indexOf(exact);
  const matches = search(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  if (matches.length === 0 && exactAt < 0) return null;
  const likeness = (window: string, context: string): number => {
    if (context.length === 0) return 1;
    const found = search(window, context, context.length);
    return found.length === 0 ? 0 : 1 - found[0]!.errors / context.length;
  };
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quote = 1 - m.errors / exact.length;
    const before = likeness(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix);
    const after = likeness(text.slice(m.end, m.end + suffix.length), suffix);
    const position = 1 - Math.abs(m.start - target.position.start) / Math.max(1, text.length);
    const score = (50 * quote + 20 * before + 20 * after + 2 * position) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best ? { start: best.start, end: best.end } : null;
};
