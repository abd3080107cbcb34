import { useEffect, useState, type RefObject } from 'react';

/** A rule in a column's margin, beside text only that source has (pixels from the content's top). */
export interface MarginRule {
  readonly top: number;
  readonly height: number;
}

/** Rules closer than this are drawn as one (the gap between two sentences on adjacent lines). */
const JOIN_GAP = 10;

function measure(content: HTMLElement): MarginRule[] {
  const origin = content.getBoundingClientRect().top;
  const rules: MarginRule[] = [];
  for (const element of content.querySelectorAll('.unique')) {
    const rects = element.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) continue;
    const top = first.top - origin;
    const bottom = last.bottom - origin;
    const previous = rules.at(-1);
    if (previous && top - (previous.top + previous.height) <= JOIN_GAP) {
      rules[rules.length - 1] = { top: previous.top, height: Math.max(previous.top + previous.height, bottom) - previous.top };
    } else {
      rules.push({ top, height: bottom - top });
    }
  }
  return rules;
}

/**
 * Where the margin rules of a column go: measured from the laid-out text (a passage can start
 * mid-line and run over several), again whenever the column is resized or `version` changes
 * (new highlights). The observer reports once when it starts, so the first layout is measured too.
 */
export function useUniqueRules(contentRef: RefObject<HTMLElement | null>, version: unknown): MarginRule[] {
  const [rules, setRules] = useState<MarginRule[]>([]);
  useEffect(() => {
    const content = contentRef.current;
    if (!content) return;
    const observer = new ResizeObserver(() => setRules(measure(content)));
    observer.observe(content);
    return () => observer.disconnect();
  }, [contentRef, version]);
  return rules;
}
