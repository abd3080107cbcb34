import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How far a one-line row (a toolbar) must fold to fit: 0 for its full form, then each step folds
 * more, up to `steps` (its most compact form). Each form is drawn and measured (its items must not
 * shrink or wrap, so what it needs shows as the row's `scrollWidth`); when one overflows, the width
 * it needed is kept and the next form is shown until the row is at least that wide again.
 * `content` names what the forms hold (a match count shown or not): when it changes, they are
 * measured again. Give the row `ref`; `compact` is true at the last step.
 *
 * @example const toolbar = useCollapseToFit(hasMatches ? 'matches' : 'plain', 2); // <div ref={toolbar.ref}>
 */
export function useCollapseToFit(
  content: string,
  steps = 1
): { ref: (row: HTMLElement | null) => void; level: number; compact: boolean } {
  const [row, setRow] = useState<HTMLElement | null>(null);
  // needs.widths[level]: the width the form at that level was measured to need, once it overflowed.
  const [needs, setNeeds] = useState<{ content: string; widths: readonly number[] }>({ content, widths: [] });
  const [width, setWidth] = useState<number | null>(null);
  const widths = needs.content === content ? needs.widths : [];
  let level = 0;
  while (level < steps && width !== null && widths[level] !== undefined && width < widths[level]!) level += 1;

  useLayoutEffect(() => {
    if (!row) return;
    // The row resizes with the window, its items with what they hold: either may change the fit.
    // NB: flushSync, so a folded form replaces an overflowing one before it is painted.
    const observer = new ResizeObserver(() =>
      flushSync(() => {
        setWidth(row.clientWidth);
        const over = row.scrollWidth;
        if (level < steps && over > row.clientWidth + 1) {
          setNeeds((old) => {
            const known = old.content === content ? old.widths : [];
            if ((known[level] ?? 0) >= over) return old;
            const next = [...known];
            next[level] = over;
            return { content, widths: next };
          });
        }
      })
    );
    observer.observe(row);
    for (const item of row.children) observer.observe(item);
    return () => observer.disconnect();
  }, [row, content, level, steps]);

  return { ref: setRow, level, compact: level === steps };
}
