/**
 * Which sentences of two articles say the same thing. Alignment (`alignTexts`) finds the shared
 * passages; inside each passage, sentences are paired by the content words they share. Sentences
 * are the unit every column of the comparison view can colour, whatever the passage boundaries.
 */
import type { AlignedPassage, PassageKind } from '../alignment/types';
import type { PreparedArticle } from './prepared';
import type { Span } from './spans';

/** Sentence `a` of the first article says what sentence `b` of the second says. */
export interface SentenceLink {
  readonly a: number;
  readonly b: number;
  readonly kind: PassageKind;
  /** Dice overlap of the two sentences' content terms, 0..1. */
  readonly score: number;
}

/** Tuning of {@link linkSentences}; the defaults were set on the seeds and the ECB+ pairs. */
export interface LinkOptions {
  /** Least Dice overlap of two sentences' content terms. Default 0.5. */
  readonly minDice?: number;
  /**
   * Least share of the shorter sentence found in the longer one, for a sentence merged into a
   * longer one or cut out of it (machine translation joins sentences). Default 0.65.
   */
  readonly minContainment?: number;
  /** Least content terms shared (or all of them, for two sentences shorter than that). Default 4. */
  readonly minShared?: number;
}

/** Share of a sentence that must lie inside a passage for the sentence to take part in it. */
const MIN_INSIDE = 1 / 3;

/**
 * Links the sentences of `a` and `b` that lie in the same aligned passage and share enough content
 * words: Dice ≥ `minDice`, or the shorter contained in the longer. A sentence may link to several
 * (a translation that merged two sentences links to both).
 */
export function linkSentences(
  a: PreparedArticle,
  b: PreparedArticle,
  passages: readonly AlignedPassage[],
  options: LinkOptions = {}
): SentenceLink[] {
  const minDice = options.minDice ?? 0.5;
  const minContainment = options.minContainment ?? 0.65;
  const minShared = options.minShared ?? 4;
  const best = new Map<number, SentenceLink>();
  const counts = new Int32Array(b.sentences.length);
  for (const p of passages) {
    const inA = sentencesIn(a.sentences, p.aStart, p.aEnd);
    const inB = sentencesIn(b.sentences, p.bStart, p.bEnd);
    // Terms of b's sentences → sentences, so each sentence of a meets only the sentences it shares words with.
    const index = new Map<string, number[]>();
    for (const j of inB) {
      for (const t of b.terms[j]!) {
        const list = index.get(t);
        if (list === undefined) index.set(t, [j]);
        else list.push(j);
      }
    }
    for (const i of inA) {
      const ta = a.terms[i]!;
      if (ta.size === 0) continue;
      const touched: number[] = [];
      for (const t of ta) {
        for (const j of index.get(t) ?? []) {
          if (counts[j] === 0) touched.push(j);
          counts[j]!++;
        }
      }
      for (const j of touched) {
        const shared = counts[j]!;
        counts[j] = 0;
        const key = i * b.sentences.length + j;
        if (best.has(key)) continue;
        const tb = b.terms[j]!;
        const o = { shared, dice: (2 * shared) / (ta.size + tb.size), inA: shared / ta.size, inB: shared / tb.size };
        const contained = Math.max(o.inA, o.inB) >= minContainment && o.shared >= minShared;
        // A heading of three words is half of many sentences: Dice alone needs enough words shared.
        const similar = o.dice >= minDice && o.shared >= Math.min(minShared, Math.max(ta.size, tb.size));
        if (!similar && !contained) continue;
        best.set(key, { a: i, b: j, kind: kindOf(a.folded[i]!, b.folded[j]!, o.dice), score: o.dice });
      }
    }
  }
  return [...best.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Indices of the sentences with at least a third of their length inside `[start, end)`. */
function sentencesIn(sentences: readonly Span[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.end <= start) continue;
    if (s.start >= end) break;
    const inside = Math.min(s.end, end) - Math.max(s.start, start);
    if (inside >= (s.end - s.start) * MIN_INSIDE) out.push(i);
  }
  return out;
}

/** Same words in the same order: exact; most content words shared: light; otherwise reworded. */
function kindOf(a: string, b: string, dice: number): PassageKind {
  if (a === b) return 'exact';
  return dice >= 0.8 ? 'light' : 'reworded';
}
