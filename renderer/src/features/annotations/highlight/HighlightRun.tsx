import type { CSSProperties, ReactNode } from 'react';
import type { HighlightSpan } from './layers';

/**
 * Wraps a run of text in the highlights covering it: the innermost one's colour as background,
 * and one bar per highlight under the text when several cover it, so overlaps stay visible and
 * a click on the run can offer each of them. A run under a highlight whose words changed since it
 * was made carries a dotted outline. It has the role `mark`, described by its highlights'
 * `descriptionId`s, and takes the focus when `H` / `Shift H` land on it (useHighlighting).
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
  // A highlight whose words changed since it was made (review 14, finding 3) is outlined in its
  // own colour's bar, so a reworded figure stands out before its popover is opened.
  const changed = highlights.find((h) => h.changed);
  const style = {
    '--hl-bg': `var(--hl-${inner.colour})`,
    ...(changed ? { '--hl-changed': `var(--hl-${changed.colour}-bar)` } : {}),
    boxShadow: bars
  } as CSSProperties;
  // A screen reader meets it as a mark described by each highlight's meaning, note and changed
  // wording (review 15, #3). NB: a span, not <mark>: `.reader-body mark` is a search match.
  const describedBy = highlights
    .map((h) => h.descriptionId)
    .filter((id): id is string => id !== undefined)
    .join(' ');
  return (
    <span
      role="mark"
      aria-describedby={describedBy || undefined}
      className={`hl${highlights.length > 1 ? ' hl--stacked' : ''}${changed ? ' hl--changed' : ''}`}
      data-testid="highlight"
      data-hl-ids={highlights.map((h) => h.id).join(' ')}
      data-colour={inner.colour}
      title={changed ? 'Its words changed since you made this highlight: open it to see both wordings.' : undefined}
      style={style}
    >
      {children}
    </span>
  );
}
