import type { ColourMeaning } from '@shared/contract/annotationSchemas';
import { formatCount } from '../../lib/format';
import { colourLabel } from './highlight/highlightContext';
import './annotations.css';

/** Props of {@link ColourLegend}. */
export interface ColourLegendProps {
  colours: readonly ColourMeaning[];
  /** Highlights and notes per colour (`annotations:counts`' `byColour`); counts are left out when absent. */
  counts?: Readonly<Record<string, number>>;
  /** Colours picked as a filter; with `onToggle`, each colour is a toggle button. */
  selected?: readonly number[];
  onToggle?: (colour: number) => void;
  /** Opens the colours' settings ("Edit…"). */
  onEdit?: () => void;
  /** Only the colours in use here (a text's legend), instead of all six. */
  only?: readonly number[];
  testId?: string;
}

/**
 * What each highlight colour means (Claim, Evidence…), as the user named them in Settings: shown
 * where highlights are (reader, comparison) and, with counts and toggles, as the notes panel's
 * colour filter.
 */
export function ColourLegend({
  colours,
  counts,
  selected = [],
  onToggle,
  onEdit,
  only,
  testId = 'colour-legend'
}: ColourLegendProps) {
  return (
    <div className="colour-legend" role="group" aria-label="Highlight colours" data-testid={testId}>
      {[1, 2, 3, 4, 5, 6]
        .filter((colour) => !only || only.includes(colour))
        .map((colour) => {
          const label = colourLabel(colours, colour);
          const count = counts ? (counts[String(colour)] ?? 0) : null;
          const content = (
            <>
              <span
                className="colour-legend__dot"
                style={{ background: `var(--hl-${colour}-bar, var(--passage-${colour}))` }}
                aria-hidden="true"
              />
              <span className="colour-legend__label">{label}</span>
              {count !== null ? <span className="colour-legend__count">{formatCount(count)}</span> : null}
            </>
          );
          return onToggle ? (
            <button
              key={colour}
              type="button"
              className="colour-legend__item is-toggle"
              aria-pressed={selected.includes(colour)}
              onClick={() => onToggle(colour)}
              data-testid={`colour-legend-${colour}`}
            >
              {content}
            </button>
          ) : (
            <span key={colour} className="colour-legend__item" data-testid={`colour-legend-${colour}`}>
              {content}
            </span>
          );
        })}
      {onEdit ? (
        <button type="button" className="colour-legend__edit" onClick={onEdit} data-testid="colour-legend-edit">
          Edit…
        </button>
      ) : null}
    </div>
  );
}
