import { useMemo } from 'react';
import type { RemovedSpan, TextRange } from '../../../shared/contract/schemas';
import { segmentText } from '../lib/textSegments';

/** Props of {@link MarkedText}. */
export interface MarkedTextProps {
  text: string;
  /** Ranges to wrap in `<mark>` (offsets into `text`, or into the whole text when `from` is set). */
  marks: readonly TextRange[];
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
        const content = segment.marked ? <mark>{segment.text}</mark> : segment.text;
        if (segment.removedReason === null) {
          return segment.marked ? <mark key={segment.start}>{segment.text}</mark> : <span key={segment.start}>{segment.text}</span>;
        }
        return (
          <del key={segment.start} className="removed-span" title={`Removed: ${segment.removedReason}`} data-reason={segment.removedReason}>
            {content}
          </del>
        );
      })}
    </>
  );
}
