/**
 * Text alignment: finds the passages two texts share — copied, lightly edited, reworded or moved —
 * with their offsets in both texts.
 *
 * The method is the sentence-based text alignment of Sanchez-Perez, Sidorov and Gelbukh, the best
 * system at PAN 2014, adapted for comparing news (docs/compare.md, "Alignment"): seed with similar
 * sentence pairs, extend seeds into passages by clustering neighbours in both texts, split them
 * where one text has sentences the other lacks, then filter overlapping, weak and short passages.
 */

import { DEFAULT_PARAMS, REUSE_CASE_PARAMS } from './internal/params';
import { runPipeline } from './internal/pipeline';
import type { AlignedPassage, AlignOptions } from './types';

export { AlignAbortedError } from './internal/pipeline';

/**
 * Aligns two texts: every passage of `a` found again in `b`, in order of `a`, each classified
 * as exact, light or reworded with a 0..1 score. Offsets are UTF-16 units into the texts as given.
 *
 * Robust to differences in whitespace, punctuation, case, diacritics and HTML entities (intact or
 * mangled, `& nbsp;`), and to paragraphs moved: each passage is found wherever it stands.
 *
 * @throws {AlignAbortedError} when `options.signal` is aborted (checked between stages).
 * @example
 * const [p] = alignTexts(a, b);
 * a.slice(p.aStart, p.aEnd); // the passage in a
 * b.slice(p.bStart, p.bEnd); // where it is in b
 */
export function alignTexts(a: string, b: string, options: AlignOptions = {}): AlignedPassage[] {
  const base = options.reuseCases === true ? REUSE_CASE_PARAMS : DEFAULT_PARAMS;
  const params = { ...base, minWords: options.minWords ?? base.minWords };
  return runPipeline(a, b, params, options.signal).map((p) => ({
    aStart: p.aStart,
    aEnd: p.aEnd,
    bStart: p.bStart,
    bEnd: p.bEnd,
    kind: p.kind,
    score: p.score
  }));
}
