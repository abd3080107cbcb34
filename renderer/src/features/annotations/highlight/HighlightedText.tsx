import { useMemo } from 'react';
import type { MarkRange } from '../../../lib/textSegments';
import { HighlightRun } from './HighlightRun';
import { type HighlightSpan, layerSegments } from './layers';

/** Props of {@link HighlightedText}. */
export interface HighlightedTextProps {
  text: string;
  /** Search marks (body offsets). */
  marks: readonly MarkRange[];
  highlights: readonly HighlightSpan[];
  from: number;
  to: number;
}

/**
 * A slice of an article body with search marks and the user's highlights, as text nodes only.
 * Each run is one element carrying `data-o` (its body offset), which maps a selection back to the
 * body (domRanges.ts).
 */
export function HighlightedText({ text, marks, highlights, from, to }: HighlightedTextProps) {
  const segments = useMemo(() => layerSegments(text, marks, highlights, from, to), [text, marks, highlights, from, to]);
  return (
    <>
      {segments.map((segment) => {
        const run = !segment.marked ? (
          <span data-o={segment.start}>{segment.text}</span>
        ) : segment.variantOf === null ? (
          <mark data-o={segment.start}>{segment.text}</mark>
        ) : (
          <mark data-o={segment.start} data-variant="true" title={`Spelling variant of ${segment.variantOf}`}>
            {segment.text}
          </mark>
        );
        return (
          <HighlightRun key={segment.start} highlights={segment.highlights}>
            {run}
          </HighlightRun>
        );
      })}
    </>
  );
}
