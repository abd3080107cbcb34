import { memo, useMemo } from 'react';
import type { TextRange } from '@shared/contract/schemas';
import { HighlightRun } from '../annotations/highlight/HighlightRun';
import type { HighlightSpan } from '../annotations/highlight/layers';
import type { ColumnMarkup } from './markup';
import { columnSegments } from './segments';

/** Props of {@link ColumnParagraph}. */
export interface ColumnParagraphProps {
  text: string;
  start: number;
  end: number;
  markup: ColumnMarkup;
  /** The passage under the pointer, when this paragraph carries it (else null, so the paragraph is not redrawn). */
  hovered: string | null;
  /** The selected passage, when this paragraph carries it. */
  selected: string | null;
  /** The range shown from a panel, when it lies in this paragraph. */
  flash: TextRange | null;
  /** Tooltip of a passage: which other sources carry it. */
  passageTitle: (clusterId: string) => string;
  /** Tooltip of text only this source has. */
  uniqueTitle: string;
  /** The user's highlights touching this paragraph. */
  highlights: readonly HighlightSpan[];
}

const KIND_LABEL = { exact: 'copied word for word', light: 'lightly edited', reworded: 'reworded' } as const;

/**
 * One paragraph of a comparison column: shared passages coloured by passage, text only this
 * source has marked for the margin rule, a range picked in a panel flashed. Rendered as text
 * nodes only. Memoised: hovering a passage redraws only the paragraphs that carry it.
 */
export const ColumnParagraph = memo(function ColumnParagraph({
  text,
  start,
  end,
  markup,
  hovered,
  selected,
  flash,
  passageTitle,
  uniqueTitle,
  highlights
}: ColumnParagraphProps) {
  const segments = useMemo(
    () => columnSegments(text, start, end, markup, flash, highlights),
    [text, start, end, markup, flash, highlights]
  );
  return (
    <p>
      {segments.map((segment) => {
        const { passage } = segment;
        // The text itself, in the user's highlights; `data-o` maps a selection back to the body.
        const run = (
          <HighlightRun highlights={segment.highlights}>
            <span data-o={segment.start}>{segment.text}</span>
          </HighlightRun>
        );
        if (passage) {
          const classes = [
            'passage',
            `passage--${passage.kind}`,
            passage.clusterId === hovered ? 'is-linked' : '',
            passage.clusterId === selected ? 'is-selected' : '',
            segment.flash ? 'is-flash' : ''
          ];
          return (
            <span
              key={segment.start}
              className={classes.filter(Boolean).join(' ')}
              data-testid="compare-passage"
              data-cluster={passage.clusterId}
              data-kind={passage.kind}
              data-slot={passage.slot}
              data-span-start={passage.start}
              title={`${passageTitle(passage.clusterId)} · here ${KIND_LABEL[passage.kind]}`}
            >
              {run}
            </span>
          );
        }
        if (segment.unique) {
          return (
            <span
              key={segment.start}
              className={`unique${segment.flash ? ' is-flash' : ''}`}
              data-testid="compare-unique"
              title={uniqueTitle}
            >
              {run}
            </span>
          );
        }
        return segment.flash ? (
          <span key={segment.start} className="is-flash">
            {run}
          </span>
        ) : (
          <span key={segment.start}>{run}</span>
        );
      })}
    </p>
  );
});
