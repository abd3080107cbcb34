import type { TextRange } from '@shared/contract/schemas';
import { type HighlightSpan, highlightsCovering, sameHighlights } from '../annotations/highlight/layers';
import type { ColumnMarkup, ColumnPassage } from './markup';

/** A run of a column's text with one set of decorations. */
export interface ColumnSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The shared passage the run belongs to, or null. */
  readonly passage: ColumnPassage | null;
  /** Text no other compared article has. */
  readonly unique: boolean;
  /** Inside the range the user asked to see (a quote, figure or name picked in a panel). */
  readonly flash: boolean;
  /** The user's highlights covering the run, outermost first. */
  readonly highlights: readonly HighlightSpan[];
}

function overlaps(range: TextRange, from: number, to: number): boolean {
  return range.start < to && range.end > from;
}

/**
 * Cuts `text[from, to)` (one paragraph) into runs at every edge of the column's passages, its
 * unique text, the flashed range and the user's highlights, so each run renders as one set of
 * nested elements (a highlight inside a passage keeps the passage's colour and its own).
 *
 * Offsets are the whole text's. Where passages overlap (rare: a sentence two passages claim),
 * the one starting first wins.
 *
 * @example columnSegments('ab cd', 0, 5, { passages: [p1 on 0..2], unique: [] }, null)
 * // [{ text: 'ab', passage: p1 }, { text: ' cd', passage: null }]
 */
export function columnSegments(
  text: string,
  from: number,
  to: number,
  markup: ColumnMarkup,
  flash: TextRange | null,
  highlights: readonly HighlightSpan[] = []
): ColumnSegment[] {
  const passages = markup.passages.filter((p) => overlaps(p, from, to));
  const unique = markup.unique.filter((u) => overlaps(u, from, to));
  const flashHere = flash && overlaps(flash, from, to) ? flash : null;
  const clip = (n: number) => Math.min(Math.max(n, from), to);
  const cuts = new Set<number>([from, to]);
  const marked = highlights.filter((h) => overlaps(h, from, to));
  for (const r of [...passages, ...unique, ...marked, ...(flashHere ? [flashHere] : [])]) {
    cuts.add(clip(r.start));
    cuts.add(clip(r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ColumnSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const passage = passages.find((p) => p.start <= start && p.end >= end) ?? null;
    const isUnique = passage === null && unique.some((u) => u.start <= start && u.end >= end);
    const isFlash = flashHere !== null && flashHere.start <= start && flashHere.end >= end;
    const covering = highlightsCovering(marked, start, end);
    const previous = out.at(-1);
    if (
      previous &&
      previous.passage === passage &&
      previous.unique === isUnique &&
      previous.flash === isFlash &&
      sameHighlights(previous.highlights, covering)
    ) {
      out[out.length - 1] = { ...previous, end, text: previous.text + text.slice(start, end) };
    } else {
      out.push({ start, end, text: text.slice(start, end), passage, unique: isUnique, flash: isFlash, highlights: covering });
    }
  }
  return out;
}
