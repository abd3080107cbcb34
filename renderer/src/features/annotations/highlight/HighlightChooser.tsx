import type { Annotation, ColourMeaning } from '@shared/contract/annotationSchemas';
import { colourLabel } from './highlightContext';

/** Props of {@link HighlightChooser}. */
export interface HighlightChooserProps {
  highlights: readonly Annotation[];
  colours: readonly ColourMeaning[];
  at: { readonly left: number; readonly top: number };
  onChoose: (annotation: Annotation) => void;
  onClose: () => void;
}

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/** Words covered by several highlights were clicked: which one to open. */
export function HighlightChooser({ highlights, colours, at, onChoose, onClose }: HighlightChooserProps) {
  return (
    <div
      className="hl-popover hl-chooser"
      role="menu"
      aria-label="Highlights here"
      data-testid="highlight-chooser"
      style={{ left: at.left, top: at.top }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="hl-popover__heading">{highlights.length} highlights here</p>
      {highlights.map((h, i) => (
        <button
          key={h.id}
          type="button"
          role="menuitem"
          className="hl-chooser__item"
          autoFocus={i === 0}
          onClick={() => onChoose(h)}
          data-testid="highlight-chooser-item"
        >
          <span className="hl-swatch__dot" style={{ background: `var(--hl-${h.colour ?? 1}-bar)` }} aria-hidden="true" />
          <span className="hl-chooser__label">{colourLabel(colours, h.colour)}</span>
          <span className="hl-chooser__quote">{excerpt(h.anchor?.quote.exact ?? '')}</span>
        </button>
      ))}
    </div>
  );
}
