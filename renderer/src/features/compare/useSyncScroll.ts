import { useEffect, type RefObject } from 'react';
import { proportionalScrollTop } from './alignScroll';

/** The scrolling columns inside the comparison, marked with `data-scroll-column`. */
const COLUMN = '[data-scroll-column]';

/**
 * Synchronised scrolling: while on, scrolling one column scrolls the others to the same share of
 * their length. Only the column the user is working in (last pointed at, wheeled, clicked or
 * focused) leads, so the others' own scroll events never echo back. `pausedUntil` (a
 * `performance.now()` time) lets passage alignment scroll columns without being undone.
 */
export function useSyncScroll(
  containerRef: RefObject<HTMLElement | null>,
  enabled: boolean,
  pausedUntil: RefObject<number>
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !enabled) return;
    let leader: HTMLElement | null = null;
    const claim = (event: Event) => {
      const column = event.target instanceof Element ? event.target.closest<HTMLElement>(COLUMN) : null;
      if (column) leader = column;
    };
    const onScroll = (event: Event) => {
      const source = event.target;
      if (!(source instanceof HTMLElement) || source !== leader || performance.now() < pausedUntil.current) return;
      const max = source.scrollHeight - source.clientHeight;
      for (const column of container.querySelectorAll<HTMLElement>(COLUMN)) {
        if (column === source) continue;
        column.scrollTop = proportionalScrollTop(source.scrollTop, max, column.scrollHeight - column.clientHeight);
      }
    };
    const claims = ['pointerover', 'pointerdown', 'wheel', 'keydown', 'focusin'] as const;
    for (const name of claims) container.addEventListener(name, claim, { passive: true });
    // NB: scroll events do not bubble; listening in the capture phase sees every column's.
    container.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      for (const name of claims) container.removeEventListener(name, claim);
      container.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [containerRef, enabled, pausedUntil]);
}
