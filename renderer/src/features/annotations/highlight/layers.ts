import { type MarkRange, type TextSegment, segmentText } from '../../../lib/textSegments';

/** A highlight as drawn: where it is in today's body and its colour (1–6). */
export interface HighlightSpan {
  readonly id: number;
  readonly colour: number;
  readonly start: number;
  readonly end: number;
  /** Its words changed since it was made (an import of a changed file): drawn with a dotted outline. */
  readonly changed?: boolean;
  /** It carries a note: said in its accessible description ({@link describeHighlight}). */
  readonly noted?: boolean;
  /** The id of the hidden element describing it to a screen reader (unique per surface drawing it). */
  readonly descriptionId?: string;
}

/** A run of the reader's text: a search-mark segment, with the highlights covering all of it. */
export interface LayeredSegment extends TextSegment {
  readonly end: number;
  /** Outermost first (earliest start, then longest, then oldest id): the order their colour bars stack in. */
  readonly highlights: readonly HighlightSpan[];
}

/** The highlights covering the whole of `[start, end)`, outermost first. */
export function highlightsCovering(highlights: readonly HighlightSpan[], start: number, end: number): HighlightSpan[] {
  return highlights
    .filter((h) => h.start <= start && h.end >= end && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
}

/** True when two runs are covered by the same highlights (so they may be drawn as one). */
export function sameHighlights(a: readonly HighlightSpan[], b: readonly HighlightSpan[]): boolean {
  return a.length === b.length && a.every((h, i) => h.id === b[i]!.id);
}

/**
 * Cuts `text[from, to)` at every edge of every layer — search marks (with their variants) and
 * highlights, which may overlap, nest, or run across paragraphs — so each run renders as one set
 * of nested elements and every highlight keeps a run of its own to be clicked on.
 *
 * Offsets are the whole text's; ranges outside `[from, to)` are clipped.
 *
 * @example
 * layerSegments('a big cat', [], [{ id: 1, colour: 2, start: 2, end: 9 }, { id: 2, colour: 4, start: 6, end: 9 }])
 *   .map((s) => [s.text, s.highlights.map((h) => h.id)]) // [['a ', []], ['big ', [1]], ['cat', [1, 2]]]
 */
export function layerSegments(
  text: string,
  marks: readonly MarkRange[],
  highlights: readonly HighlightSpan[],
  from = 0,
  to = text.length
): LayeredSegment[] {
  const edges = new Set<number>();
  for (const h of highlights) {
    if (h.start > from && h.start < to) edges.add(h.start);
    if (h.end > from && h.end < to) edges.add(h.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const out: LayeredSegment[] = [];
  for (const segment of segmentText(text, marks, [], from, to)) {
    const end = segment.start + segment.text.length;
    const points = [segment.start, ...cuts.filter((c) => c > segment.start && c < end), end];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const stop = points[i + 1]!;
      out.push({
        ...segment,
        start,
        end: stop,
        text: text.slice(start, stop),
        highlights: highlightsCovering(highlights, start, stop)
      });
    }
  }
  return out;
}
