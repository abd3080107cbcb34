import type { CSSProperties, ReactNode } from 'react';
import type { HighlightSpan } from './layers';

/**
 * Wraps a run of text in the highlights covering it: the innermost one's colour as background,
 * and one bar per highlight under the text when several cover it, so overlaps stay visible and
 * a click on the run can offer each of them.
 */
export function HighlightRun({ highlights, children }: { highlights: readonly HighlightSpan[]; children: ReactNode }) {
  if (highlights.length === 0) return <>{children}</>;
  const inner = highlights[highlights.length - 1]!;
  const bars =
    highlights.length > 1
      ? highlights
          .map((h, i) => `inset 0 -${2 * (highlights.length - i)}px 0 var(--hl-${h.colour}-bar)`)
          .reverse()
          .join(', ')
      : undefined;
  const style = { '--hl-bg': `var(--hl-${inner.colour})`, boxShadow: bars } as CSSProperties;
  return (
    <span
      className={`hl${highlights.length > 1 ? ' hl--stacked' : ''}`}
      data-testid="highlight"
      data-hl-ids={highlights.map((h) => h.id).join(' ')}
      data-colour={inner.colour}
      style={style}
    >
      {children}
    </span>
  );
}
