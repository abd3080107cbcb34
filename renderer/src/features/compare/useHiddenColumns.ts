import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Which columns are out of sight, by index: past the left edge, past the right edge. */
export interface HiddenColumns {
  readonly before: number[];
  readonly after: number[];
}

const NONE: HiddenColumns = { before: [], after: [] };

/** A column counts as shown when at most this many pixels of it are past an edge. */
const SLACK = 8;

/**
 * The compared columns the scroll area does not show whole, kept current as it scrolls or
 * resizes, so the view can say that more columns exist (review 15, #13: at 1024×700 three of six
 * showed, with nothing saying D–F were there). `columnsKey` changes whenever the columns
 * themselves do (their number, skeletons replaced by text); a resize is observed.
 */
export function useHiddenColumns(columnsRef: RefObject<HTMLElement | null>, columnsKey: string): HiddenColumns {
  const [hidden, setHidden] = useState<HiddenColumns>(NONE);

  const measure = useCallback(() => {
    const area = columnsRef.current;
    if (!area) return;
    const left = area.scrollLeft;
    const right = left + area.clientWidth;
    const before: number[] = [];
    const after: number[] = [];
    [...area.children].forEach((child, i) => {
      const column = child as HTMLElement;
      if (column.offsetLeft - area.offsetLeft + SLACK < left) before.push(i);
      else if (column.offsetLeft - area.offsetLeft + column.offsetWidth - SLACK > right) after.push(i);
    });
    setHidden((old) => (old.before.join() === before.join() && old.after.join() === after.join() ? old : { before, after }));
  }, [columnsRef]);

  useEffect(() => {
    const area = columnsRef.current;
    if (!area) return;
    measure();
    area.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => {
      area.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [columnsRef, measure, columnsKey]);

  return hidden;
}
