/**
 * The alignment pipeline with every parameter exposed, returning passages together with the
 * evidence behind them. `alignTexts` is the public face; this is what evaluation and tuning drive.
 */

import { AbortedError } from '@shared/aborted';
import { extendSeeds } from './extend';
import type { AlignParams } from './params';
import { toPassage, type PipelinePassage } from './passage';
import { prepareText } from './prepare';
import { resolveOverlaps } from './resolve';
import { findSeeds, pruneDominatedSeeds } from './seeds';
import { splitClusters } from './split';
import { termCounts, Vocabulary, weightVectors } from './vectors';

/** Thrown when the caller's signal is aborted between stages. */
export class AlignAbortedError extends AbortedError {
  constructor() {
    super('alignment aborted');
  }
}

/** How many times longer the passages are, in total, on their longer side than on the shorter. */
function lopsidedness(passages: readonly PipelinePassage[]): number {
  let lengthA = 0;
  let lengthB = 0;
  for (const p of passages) {
    lengthA += p.aEnd - p.aStart;
    lengthB += p.bEnd - p.bStart;
  }
  return Math.max(lengthA, lengthB) / Math.max(1, Math.min(lengthA, lengthB));
}

/**
 * Runs seeding, extension and filtering, and grades what remains. Passages are in order of A.
 *
 * @throws {AlignAbortedError} when `signal.aborted` is set at a stage boundary.
 */
export function runPipeline(
  a: string,
  b: string,
  params: AlignParams,
  signal?: AbortSignal
): PipelinePassage[] {
  const check = (): void => {
    if (signal?.aborted) throw new AlignAbortedError();
  };
  check();
  const vocab = new Vocabulary();
  const docA = prepareText(a, vocab, params.minSentenceTerms);
  const docB = prepareText(b, vocab, params.minSentenceTerms);
  if (docA.units.length === 0 || docB.units.length === 0) return [];
  check();

  const [vectorsA, vectorsB] = weightVectors(
    termCounts(docA.units, docA.termIds),
    termCounts(docB.units, docB.termIds),
    vocab.size
  );
  const seeds = pruneDominatedSeeds(
    findSeeds(vectorsA, vectorsB, vocab.size, { cosine: params.seedCosine, dice: params.seedDice }),
    params.seedDominance
  );
  check();

  const passagesWithGap = (maxGap: number, trim: boolean, split: boolean): PipelinePassage[] => {
    const extended = extendSeeds(seeds, vectorsA, vectorsB, { maxGap, minPassageCosine: params.passageCosine });
    const clusters = split
      ? splitClusters(extended, {
          unitsA: docA.units,
          unitsB: docB.units,
          vectorsA,
          vectorsB,
          minWords: params.splitWords,
          substitutionCosine: params.substitutionCosine,
          crossingUnits: params.crossingUnits,
          minPassageCosine: params.passageCosine
        })
      : extended;
    const out: PipelinePassage[] = [];
    for (const c of resolveOverlaps(clusters, vectorsA, vectorsB, params.passageCosine)) {
      const p = toPassage(c, docA, docB, params, trim);
      if (p) out.push(p);
    }
    return out;
  };
  const passages = passagesWithGap(params.maxGap, true, params.splitWords > 0);
  check();
  // Copied text is never a summary: once a passage is exact or lightly edited, the wide gap
  // would only merge it with unrelated neighbours.
  if (params.summaryGap <= params.maxGap || passages.some((p) => p.kind === 'exact')) return passages;
  if (passages.length > 0 && lopsidedness(passages) < params.summaryNormalRatio) return passages;

  // A summary keeps a few sentences of a long text, far apart there: with a wide gap they
  // cluster into one passage covering the text summarised. Used only when the result is as
  // lopsided as summaries are; otherwise the wide gap would merge unrelated passages.
  const summary = passagesWithGap(params.summaryGap, false, false);
  return summary.length > 0 && lopsidedness(summary) >= params.summaryRatio ? summary : passages;
}
