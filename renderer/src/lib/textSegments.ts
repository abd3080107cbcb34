import type { RemovedSpan, TextRange } from '@shared/contract/schemas';

/** A highlight: a range of the text, and the typed word it stands for when it is a spelling variant. */
export interface MarkRange extends TextRange {
  /** As typed (`Deraa`) when the marked word is a spelling variant of it (`Daraa`); absent for the word itself. */
  readonly variantOf?: string;
}

/** A run of text with one set of decorations. */
export interface TextSegment {
  readonly text: string;
  /** Offset of the run in the whole text. */
  readonly start: number;
  /** Inside a highlight (a search term). */
  readonly marked: boolean;
  /** The typed word a marked run is a spelling variant of, or null (an exact match, or not marked). */
  readonly variantOf: string | null;
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
  marks: readonly MarkRange[],
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
    const covering = marks.filter((r) => r.start <= start && r.end >= end);
    const marked = covering.length > 0;
    // Where an exact match and a variant overlap, the exact one wins (as in the engine's highlighter).
    const variantOf = marked && covering.every((r) => r.variantOf !== undefined) ? (covering[0]?.variantOf ?? null) : null;
    const removedReason = removed.find((r) => r.start <= start && r.end >= end)?.reason ?? null;
    const previous = segments.at(-1);
    // Merge neighbours that look the same, so the DOM stays small.
    if (previous && previous.marked === marked && previous.variantOf === variantOf && previous.removedReason === removedReason) {
      segments[segments.length - 1] = { ...previous, text: previous.text + text.slice(start, end) };
    } else {
      segments.push({ text: text.slice(start, end), start, marked, variantOf, removedReason });
    }
  }
  return segments;
}
