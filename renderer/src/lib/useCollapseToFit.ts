import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether a one-line row (a toolbar) should show its compact form: true while the row is narrower
 * than its full form needs. The full form is drawn first and measured (its items must not shrink
 * or wrap, so what it needs shows as the row's `scrollWidth`); when it overflows, the width it
 * needed is kept and the compact form is shown until the row is at least that wide again.
 * `content` names what the full form holds (a match count shown or not): when it changes, the
 * full form is measured again. Give the row `ref`.
 *
 * @example const toolbar = useCollapseToFit(hasMatches ? 'matches' : 'plain'); // <div ref={toolbar.ref}>
 */
export function useCollapseToFit(content: string): { ref: (row: HTMLElement | null) => void; compact: boolean } {
  const [row, setRow] = useState<HTMLElement | null>(null);
  const [need, setNeed] = useState<{ content: string; width: number } | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const needed = need?.content === content ? need.width : null;
  const compact = needed !== null && width !== null && width < needed;

  useLayoutEffect(() => {
    if (!row) return;
    // The row resizes with the window, its items with what they hold: either may change the fit.
    // NB: flushSync, so the compact form replaces an overflowing full one before it is painted.
    const observer = new ResizeObserver(() =>
      flushSync(() => {
        setWidth(row.clientWidth);
        const over = row.scrollWidth;
        if (!compact && over > row.clientWidth + 1) {
          setNeed((old) => (old?.content === content && old.width >= over ? old : { content, width: over }));
        }
      })
    );
    observer.observe(row);
    for (const item of row.children) observer.observe(item);
    return () => observer.disconnect();
  }, [row, content, compact]);

  return { ref: setRow, compact };
}
