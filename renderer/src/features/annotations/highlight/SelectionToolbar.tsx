import type { ColourMeaning } from '@shared/contract/annotationSchemas';
import { colourLabel } from './highlightContext';

/** Props of {@link SelectionToolbar}. */
export interface SelectionToolbarProps {
  colours: readonly ColourMeaning[];
  /** Where to draw it (viewport coordinates of the selection's end). */
  at: { readonly left: number; readonly top: number };
  onPick: (colour: number) => void;
}

/** The six colours beside a selection, each named by its meaning (keys 1–6 do the same). */
export function SelectionToolbar({ colours, at, onPick }: SelectionToolbarProps) {
  return (
    <div
      className="hl-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      data-testid="highlight-toolbar"
      style={{ left: at.left, top: at.top }}
      // Keeps the selection: a mouse-down on a button would otherwise clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
    >
      {[1, 2, 3, 4, 5, 6].map((colour) => {
        const label = colourLabel(colours, colour);
        return (
          <button
            key={colour}
            type="button"
            className="hl-swatch"
            data-colour={colour}
            data-testid={`highlight-colour-${colour}`}
            title={`${label} (${colour})`}
            aria-label={`Highlight as ${label} (key ${colour})`}
            onClick={() => onPick(colour)}
          >
            <span className="hl-swatch__dot" style={{ background: `var(--hl-${colour}-bar)` }} aria-hidden="true" />
            <span className="hl-swatch__label">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
