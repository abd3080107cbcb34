import { useMemo } from 'react';
import type { RemovedSpan } from '@shared/contract/schemas';
import { type MarkRange, type TextSegment, segmentText } from '../lib/textSegments';

/** Props of {@link MarkedText}. */
export interface MarkedTextProps {
  text: string;
  /**
   * Ranges to wrap in `<mark>` (offsets into `text`, or into the whole text when `from` is set).
   * A range with `variantOf` is a spelling variant of a typed word: `<mark data-variant="true">`,
   * drawn apart from exact matches, with a tooltip naming the word.
   */
  marks: readonly MarkRange[];
  /** Ranges shown as removed, each with its reason as a tooltip. */
  removed?: readonly RemovedSpan[];
  /** The slice of `text` to show (defaults to all of it). */
  from?: number;
  to?: number;
}

/**
 * Text with highlights and removed spans, rendered as React text nodes: article text is never
 * parsed as HTML, so nothing in an imported file can inject markup.
 */
export function MarkedText({ text, marks, removed, from = 0, to = text.length }: MarkedTextProps) {
  const segments = useMemo(() => segmentText(text, marks, removed, from, to), [text, marks, removed, from, to]);
  return (
    <>
      {segments.map((segment) => {
        if (segment.removedReason === null) return segment.marked ? <Mark key={segment.start} segment={segment} /> : <span key={segment.start}>{segment.text}</span>;
        return (
          <del key={segment.start} className="removed-span" title={`Removed: ${segment.removedReason}`} data-reason={segment.removedReason}>
            {segment.marked ? <Mark segment={segment} /> : segment.text}
          </del>
        );
      })}
    </>
  );
}

function Mark({ segment }: { segment: TextSegment }) {
  if (segment.variantOf === null) return <mark>{segment.text}</mark>;
  return (
    <mark data-variant="true" title={`Spelling variant of ${segment.variantOf}`}>
      {segment.text}
    </mark>
  );
}
