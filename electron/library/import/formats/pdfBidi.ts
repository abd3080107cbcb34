/**
 * Right-to-left text from PDFs (Arabic, Hebrew, Persian, Urdu). A PDF draws glyphs, and most
 * producers draw an RTL line from left to right: in visual order, in the glyphs' shaped forms
 * (Arabic presentation forms, U+FB50–FDFF and U+FE70–FEFF), often one glyph per text run. pdf.js
 * reverses the characters inside each run into reading order (its `dir` says `rtl`) but leaves the
 * runs in the order they were drawn and the forms as they were drawn. Left like that, "انواع
 * الخطوط العربية" is stored as "ﺔﻴﺑﺮﻌﻟا ﻁﻮﻄﺨﻟا عﺍﻮﻧا" and no search for العربية finds it.
 */
import type { PdfTextRun } from './pdfLayout';

/**
 * Characters NFKC-folded in PDF text: the set pdf.js folds itself (Latin ligatures such as ﬁ,
 * odd spaces, Hebrew presentation forms, micro and ohm signs), plus the whole Arabic presentation
 * forms blocks, which pdf.js keeps. NB: only these. NFKC on the whole text would also turn … into
 * "...", ½ into "1⁄2", ² into 2, ™ into TM and full-width letters into ASCII — a change to what the
 * user reads that the article did not make. The harakat drawn alone (U+FE70–FE7F but FE71, FE77,
 * FE79, FE7B, FE7D) stay: NFKC turns them into a space and a mark.
 */
const PDF_COMPATIBILITY =
  /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb06\ufb1d-\ufdff\ufe71\ufe77\ufe79\ufe7b\ufe7d\ufe80-\ufefc]+/gu;

/**
 * Folds ligatures and shaped forms in one run of PDF text to the letters they stand for (see
 * PDF_COMPATIBILITY). Runs are folded after pdf.js put them in reading order: a ligature folded
 * before (as pdf.js does with `disableNormalization` off) is reversed with the run, so the lam-khah
 * ligature of الخطوط came out as "خل".
 *
 * @example normalizePdfText('ﺍﻟﻌﺮﺑﻴﺔ') // 'العربية'
 */
export function normalizePdfText(text: string): string {
  return text.replace(PDF_COMPATIBILITY, (forms) => forms.normalize('NFKC'));
}

type Direction = 'L' | 'R';

/** R for a run pdf.js read as RTL; L for one with letters or digits; undefined for spaces and punctuation. */
function strongDirection(run: PdfTextRun): Direction | undefined {
  if (run.rtl) return 'R';
  return /[\p{L}\p{N}]/u.test(run.str) ? 'L' : undefined;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * One line's runs in reading order, with the gaps that separate them. A line is read right to left
 * when most of its letters are in RTL runs. The runs are taken in visual order (left to right) and
 * cut into stretches of one direction (a space or punctuation between two stretches of the same
 * direction joins them; elsewhere it goes with the line's direction); the stretches are read in
 * the line's direction, an RTL stretch's runs from right to left, an LTR stretch's (Latin words,
 * numbers) from left to right — the Unicode bidi algorithm's result at the level of runs.
 *
 * @param spaced Whether the gap between two runs that touch visually (left, right) is a space.
 */
export function bidiLineText(runs: readonly PdfTextRun[], spaced: (left: PdfTextRun, right: PdfTextRun) => boolean): string {
  const visual = [...runs].sort((a, b) => a.x - b.x);
  let rtlLetters = 0;
  let ltrLetters = 0;
  for (const run of visual) {
    if (run.rtl) rtlLetters += letterCount(run.str);
    else ltrLetters += letterCount(run.str);
  }
  const base: Direction = rtlLetters >= ltrLetters ? 'R' : 'L';
  const strong = visual.map(strongDirection);
  const resolved = strong.map((dir, i): Direction => {
    if (dir) return dir;
    const before = strong
      .slice(0, i)
      .reverse()
      .find((d) => d !== undefined);
    const after = strong.slice(i + 1).find((d) => d !== undefined);
    return before !== undefined && before === after ? before : base;
  });

  // Stretches of one direction, as [first, last] visual indexes.
  const stretches: { dir: Direction; first: number; last: number }[] = [];
  resolved.forEach((dir, i) => {
    const last = stretches.at(-1);
    if (last && last.dir === dir) last.last = i;
    else stretches.push({ dir, first: i, last: i });
  });
  if (base === 'R') stretches.reverse();

  let text = '';
  let previous: number | undefined;
  for (const stretch of stretches) {
    const order: number[] = [];
    for (let i = stretch.first; i <= stretch.last; i++) order.push(i);
    if (stretch.dir === 'R') order.reverse();
    for (const i of order) {
      const run = visual[i]!;
      if (previous !== undefined && text !== '') {
        // Neighbours on the page are judged by their gap; across stretches, by the gap at the
        // stretches' common edge.
        const [left, right] = Math.abs(previous - i) === 1 ? [Math.min(previous, i), Math.max(previous, i)] : edge(previous, i);
        if (spaced(visual[left]!, visual[right]!) && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      }
      text += run.str;
      previous = i;
    }
  }
  return text;

  function edge(a: number, b: number): [number, number] {
    const from = stretches.find((s) => s.first <= a && a <= s.last)!;
    const to = stretches.find((s) => s.first <= b && b <= s.last)!;
    return from.first < to.first ? [from.last, to.first] : [to.last, from.first];
  }
}
