/**
 * Running headers and footers of a PDF: what every page repeats in its top or bottom margin — a
 * browser's print date, the page's title, its address and `3/27` when a web page is printed to PDF;
 * a report's running head, a journal's name and page number. They are page furniture, not the
 * article: left in, 27 pages gave 108 such paragraphs in the middle of the text, each cutting the
 * paragraph that ran over the page break in two (review 17, #1).
 */
import type { Line } from './pdfLayout';

/** Fewer pages than this cannot show that a line repeats rather than happens to recur. */
const MIN_PAGES = 3;
/** How many baselines from the top, and from the bottom, of a page can hold a running line. */
const MARGIN_BASELINES = 2;
/** Points within which a running line stands at the same height on every page. */
const Y_TOLERANCE = 3;

/**
 * The pages' lines without their running headers and footers: a line on one of a page's two top
 * or two bottom baselines whose text stands at the same height on at least half of the pages that
 * have text, and on three or more — word for word, but for one number that changes from page to
 * page (`3/27`, `Page 12`). A line in the body is never touched, however often it recurs; nor are
 * margin lines whose figures differ in more than one place (a test sheet's `Gamma 1.0` against
 * `Gamma 5.0`, pdf.js's calgray.pdf), which are content, not furniture.
 *
 * @example dropRunningLines(pages) // each page without `12/7/26, 10:49 PM`, `file:///…/page.html`, `1/27`
 */
export function dropRunningLines(pages: readonly Line[][]): Line[][] {
  const withText = pages.filter((lines) => lines.length > 0);
  if (withText.length < MIN_PAGES) return pages.map((lines) => [...lines]);
  const margins = pages.map(marginLines);
  const byKey = new Map<string, { pages: Set<number>; figures: string[][] }>();
  margins.forEach((lines, p) => {
    for (const { key, figures } of lines.values()) {
      const entry = byKey.get(key) ?? { pages: new Set<number>(), figures: [] };
      entry.pages.add(p);
      entry.figures.push(figures);
      byKey.set(key, entry);
    }
  });
  const needed = Math.max(MIN_PAGES, Math.ceil(withText.length / 2));
  const running = new Set(
    [...byKey].filter(([, e]) => e.pages.size >= needed && changingFigures(e.figures) <= 1).map(([key]) => key)
  );
  return pages.map((lines, p) => lines.filter((line) => !running.has(margins[p]!.get(line)?.key ?? '')));
}

/** Each margin line of a page: which margin and its words with figures folded, and its figures. */
function marginLines(lines: readonly Line[]): Map<Line, { key: string; figures: string[] }> {
  const baselines = [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
  // A page of one or two lines has no body to tell its margins from.
  if (baselines.length < 3) return new Map();
  const top = new Set(baselines.slice(0, MARGIN_BASELINES));
  const bottom = new Set(baselines.slice(-MARGIN_BASELINES));
  const out = new Map<Line, { key: string; figures: string[] }>();
  for (const line of lines) {
    const y = Math.round(line.y);
    const side = top.has(y) ? 'top' : bottom.has(y) ? 'bottom' : undefined;
    if (side === undefined) continue;
    const text = line.text.toLowerCase().replace(/\s+/g, ' ').trim();
    // NB: where it stands is part of it: a printed page's heading is often its running title too
    // (`Westminster briefing book 2005` atop page 1 and in every page's header), and must stay.
    const at = Math.round(line.y / Y_TOLERANCE);
    out.set(line, { key: `${side}\u0000${at}\u0000${text.replace(/\p{N}+/gu, '#')}`, figures: text.match(/\p{N}+/gu) ?? [] });
  }
  return out;
}

/** In how many places the figures of one margin line differ from page to page. */
function changingFigures(figures: readonly string[][]): number {
  const first = figures[0] ?? [];
  return first.filter((value, k) => figures.some((f) => f[k] !== value)).length;
}
