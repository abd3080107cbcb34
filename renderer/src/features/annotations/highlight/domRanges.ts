import type { TextRange } from '@shared/contract/schemas';

/**
 * Text on screen ↔ offsets of the article's body. Every run of body text is drawn as one element
 * with `data-o` (its offset in the body) holding exactly one text node, so a point of a DOM
 * selection maps to `data-o` + the offset in that node, whatever highlights, search marks or
 * passages are nested around it.
 */
const RUN = '[data-o]';

function runs(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(RUN)];
}

function runStart(run: HTMLElement): number {
  return Number(run.dataset.o);
}

/** The body offset of a DOM point inside `root` (a point between runs goes to the next run's start). */
function offsetOf(root: Element, node: Node, offset: number, all: readonly HTMLElement[]): number | null {
  const owner = node.nodeType === Node.TEXT_NODE ? node.parentElement?.closest<HTMLElement>(RUN) : null;
  if (owner && root.contains(owner)) return runStart(owner) + offset;
  const point = document.createRange();
  point.setStart(node, offset);
  for (const run of all) {
    const text = run.firstChild;
    if (text && point.comparePoint(text, 0) >= 0) return runStart(run);
  }
  const last = all.at(-1);
  return last ? runStart(last) + (last.textContent?.length ?? 0) : null;
}

/** The body range a DOM range covers inside `root`, or null when it is empty or outside. */
export function bodyRangeOf(root: Element, range: Range): TextRange | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const all = runs(root);
  const start = offsetOf(root, range.startContainer, range.startOffset, all);
  const end = offsetOf(root, range.endContainer, range.endOffset, all);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The user's selection as a body range of `root`, or null. */
export function selectedBodyRange(root: Element): TextRange | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return bodyRangeOf(root, selection.getRangeAt(0));
}

function pointAt(all: readonly HTMLElement[], offset: number, preferEnd: boolean): [Node, number] | null {
  for (const run of all) {
    const start = runStart(run);
    const text = run.firstChild;
    if (!text) continue;
    const length = text.textContent?.length ?? 0;
    if (preferEnd ? offset > start && offset <= start + length : offset >= start && offset < start + length) {
      return [text, offset - start];
    }
    if (start >= offset) return [text, 0];
  }
  return null;
}

/** Selects body range `[start, end)` inside `root` (the keyboard's sentence cursor, Adjust). */
export function selectBodyRange(root: Element, range: TextRange): void {
  const all = runs(root);
  const from = pointAt(all, range.start, false);
  const to = pointAt(all, range.end, true);
  const selection = window.getSelection();
  if (!from || !to || !selection) return;
  const dom = document.createRange();
  dom.setStart(from[0], from[1]);
  dom.setEnd(to[0], to[1]);
  selection.removeAllRanges();
  selection.addRange(dom);
  (from[0].parentElement ?? root).scrollIntoView({ block: 'nearest' });
}

/**
 * The first of `sentences` (body ranges, in order) that starts in view inside the scrolling
 * `root`, below a sticky bar at its top (the reader's toolbar); null when none does. Where the
 * keyboard's sentence cursor starts: an article opened at a search match is scrolled there, and
 * J took the article's first sentence and scrolled back to the top (review 12).
 */
export function firstSentenceInView(root: Element, sentences: readonly TextRange[]): TextRange | null {
  const box = root.getBoundingClientRect();
  const sticky = [...root.children].find((child) => getComputedStyle(child).position === 'sticky');
  const top = Math.max(box.top, sticky ? sticky.getBoundingClientRect().bottom : box.top);
  const all = runs(root);
  // The first run reaching below that line: every sentence ending before it is out of view above.
  const run = all.find((r) => {
    const rects = r.getClientRects();
    return rects.length > 0 && rects[rects.length - 1]!.bottom > top;
  });
  if (!run) return null;
  const from = runStart(run);
  for (const sentence of sentences) {
    if (sentence.end <= from) continue;
    const point = pointAt(all, sentence.start, false);
    if (!point) return null;
    const first = document.createRange();
    first.setStart(point[0], point[1]);
    first.setEnd(point[0], Math.min(point[1] + 1, point[0].textContent?.length ?? 0));
    const rect = first.getBoundingClientRect();
    if (rect.top >= top - 1) return rect.top < box.bottom ? sentence : null;
  }
  return null;
}

/** The element of a highlight (its first run), for scrolling to it. */
export function highlightElement(root: Element, id: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-hl-ids~="${id}"]`);
}

/** The ids of the highlights drawn at an element (a click's target), innermost last. */
export function highlightIdsAt(target: EventTarget | null): number[] {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-hl-ids]') : null;
  return element?.dataset.hlIds?.split(' ').map(Number) ?? [];
}
