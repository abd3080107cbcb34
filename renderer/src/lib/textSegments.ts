import type { RemovedSpan, TextRange } from '../../../shared/contract/schemas';

/** A run of text with one set of decorations. */
export interface TextSegment {
  readonly text: string;
  /** Offset of the run in the whole text. */
  readonly start: number;
  /** Inside a highlight (a search term). */
  readonly marked: boolean;
  /** Why clean-up removed this run, or null when it was kept. */
  readonly removedReason: string | null;
}

/**
 * Cuts `text[from, to)` into runs at every boundary of the highlight and removal ranges, so a
 * renderer can wrap each run in `<mark>` and/or a removed-span element without nesting problems
 * (a highlight may start inside a removed span and end outside it).
 *
 * Ranges are in the offsets of the whole text; ones outside `[from, to)` are clipped, overlapping
 * or unsorted ones are fine.
 *
 * @example segmentText('a big cat', [{ start: 2, end: 5 }]).map(s => s.text) // ['a ', 'big', ' cat']
 */
export function segmentText(
  text: string,
  marks: readonly TextRange[],
  removed: readonly RemovedSpan[] = [],
  from = 0,
  to = text.length
): TextSegment[] {
  const cuts = new Set<number>([from, to]);
  const clip = (n: number) => Math.min(Math.max(n, from), to);
  for (const r of marks) {
    cuts.add(clip(r.start));
    cuts.add(clip(r.end));
  }
  for (const r of removed) {
    cuts.add(clip(r.start));
    cuts.add(clip(r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const marked = marks.some((r) => r.start <= start && r.end >= end);
    const removal = removed.find((r) => r.start <= start && r.end >= end);
    const previous = segments.at(-1);
    // Merge neighbours that look the same, so the DOM stays small.
    if (previous && previous.marked === marked && previous.removedReason === (removal?.reason ?? null)) {
      segments[segments.length - 1] = { ...previous, text: previous.text + text.slice(start, end) };
    } else {
      segments.push({ text: text.slice(start, end), start, marked, removedReason: removal?.reason ?? null });
    }
  }
  return segments;
}
