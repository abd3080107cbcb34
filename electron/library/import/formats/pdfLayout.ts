/**
 * Rebuilding readable text from the positioned text runs a PDF page holds. PDFs have no lines or
 * paragraphs, only strings placed at coordinates: a change of baseline starts a new line, and a
 * large gap, a change of font size or a short line ending a sentence starts a new paragraph.
 * Lines of a paragraph are joined with a space; a word hyphenated at a line end is rejoined.
 */
import { bidiLineText } from './pdfBidi';

/** One text run on a page (pdf.js `TextItem`, reduced to what layout needs). */
export interface PdfTextRun {
  str: string;
  /** Left edge, PDF user space (x grows to the right). */
  x: number;
  /** Baseline, PDF user space (y grows upwards). */
  y: number;
  width: number;
  /** Font size (run height). */
  height: number;
  /** pdf.js says a line break follows this run. */
  hasEOL: boolean;
  /** pdf.js read the run as right-to-left (its `dir`); its characters are in reading order. */
  rtl?: boolean;
}
/** One rebuilt line of a page: its text and where it stands. */
export interface Line {
  text: string;
  runs: PdfTextRun[];
  y: number;
  height: number;
  xStart: number;
  xEnd: number;
}

/** The lines of one page, in the order the page draws them. */
export function toLines(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const run of runs) {
    const height = Math.abs(run.height) || 1;
    if (run.str !== '') {
      const reach = 2 * Math.max(height, line?.height ?? 0);
      // NB: a line of RTL runs may be drawn from right to left, each run left of the last.
      const sameLine =
        line !== undefined &&
        Math.abs(run.y - line.y) <= 0.5 * Math.max(height, line.height) &&
        (run.x >= line.xEnd - reach || (run.rtl === true && run.x + run.width <= line.xStart + reach));
      if (!sameLine || !line) {
        line = { text: run.str, runs: [run], y: run.y, height, xStart: run.x, xEnd: run.x + run.width };
        lines.push(line);
      } else {
        const gap = run.x - line.xEnd;
        if (gap > 0.15 * height && !/\s$/.test(line.text) && !/^\s/.test(run.str)) line.text += ' ';
        line.text += run.str;
        line.runs.push(run);
        line.xStart = Math.min(line.xStart, run.x);
        line.xEnd = Math.max(line.xEnd, run.x + run.width);
        line.height = Math.max(line.height, height);
      }
    }
    if (run.hasEOL) line = undefined;
  }
  for (const l of lines) {
    if (l.runs.some((r) => r.rtl)) l.text = bidiLineText(l.runs, spacedRuns);
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

/** A gap wider than 15 % of the font size between two runs side by side is a space. */
function spacedRuns(left: PdfTextRun, right: PdfTextRun): boolean {
  return right.x - (left.x + left.width) > 0.15 * (Math.abs(Math.max(left.height, right.height)) || 1);
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const SENTENCE_END = /[.!?:;"”’'»)\]]$/;

function toParagraphs(lines: Line[]): string[][] {
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((g) => g > 0);
  const leading = median(gaps);
  const widest = Math.max(0, ...lines.map((l) => l.xEnd - l.xStart));
  const paragraphs: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - line.y;
      const breaks =
        gap <= 0 || // moved up: next column or a float
        gap > (leading !== undefined ? 1.45 * leading : 1.8 * prev.height) ||
        Math.abs(line.height - prev.height) > 0.2 * prev.height ||
        (prev.xEnd - prev.xStart < 0.7 * widest && SENTENCE_END.test(prev.text));
      if (breaks && current.length) {
        paragraphs.push(current);
        current = [];
      }
    }
    current.push(line.text);
  });
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

/**
 * Joins the lines of one paragraph. A line ending in a letter and `-` followed by a line starting
 * with a lower-case letter is a word broken by hyphenation ("negoti-" + "ations" → "negotiations");
 * before an upper-case letter the hyphen is real and kept without a space ("al-" + "Sham" →
 * "al-Sham"). NB: a real hyphen before a lower-case word ("self-" + "conscious") is lost; without a
 * dictionary the two cannot be told apart, and hyphenation breaks are far more common.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') {
      text = line;
    } else if (/\p{L}\u00AD$/u.test(text)) {
      text = text.slice(0, -1) + line;
    } else if (/\p{L}[-\u2010]$/u.test(text)) {
      text = /^\p{Ll}/u.test(line) ? text.slice(0, -1) + line : text + line;
    } else {
      text += ' ' + line;
    }
  }
  return text.replace(/\u00AD/g, '');
}

/** Plain text of one page: paragraphs separated by blank lines. */
export function layoutPage(runs: readonly PdfTextRun[]): string {
  return layoutLines(toLines(runs));
}

/** Plain text of one page's lines ({@link toLines}): paragraphs separated by blank lines. */
export function layoutLines(lines: Line[]): string {
  return toParagraphs(lines).map(joinLines).join('\n\n');
}

/**
 * The pages' texts as one text. A page is a paragraph break, unless its last paragraph stops
 * mid-sentence and the next page goes on in lower case: then the page break cut a paragraph, which
 * is joined again (hyphenation as within a page, {@link joinLines}).
 */
export function joinPages(pages: readonly string[]): string {
  const paragraphs: string[] = [];
  for (const page of pages) {
    if (page.trim() === '') continue;
    const own = page.split('\n\n');
    const last = paragraphs.at(-1);
    if (last !== undefined && !SENTENCE_END.test(last) && /^\p{Ll}/u.test(own[0]!)) {
      paragraphs[paragraphs.length - 1] = joinLines([last, own.shift()!]);
    }
    paragraphs.push(...own);
  }
  return paragraphs.join('\n\n');
}
