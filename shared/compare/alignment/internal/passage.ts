/**
 * From cluster to passage: trimming at the edges, the last filters, offsets and grade.
 */

import { classifyPassage, type PassageGrade } from './classify';
import type { Cluster } from './extend';
import type { AlignParams } from './params';
import { wordsOf, type PreparedText } from './prepare';
import { trimEdges } from './trim';

/** One passage found, with the cluster of seeds behind it and its grade. */
export interface PipelinePassage extends PassageGrade {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  readonly wordsA: number;
  readonly wordsB: number;
  readonly cluster: Cluster;
}

/** Start of a passage whose first word is `w`: the unit's start if `w` opens the unit. */
function startAt(doc: PreparedText, unit: number, w: number): number {
  const u = doc.units[unit]!;
  return w === u.wordStart ? u.start : doc.words[w]!.start;
}

/** End of a passage whose last word is `w`, closing punctuation included (not past the next word). */
function endAt(doc: PreparedText, unit: number, w: number): number {
  const u = doc.units[unit]!;
  if (w === u.wordEnd - 1) return u.end;
  const limit = doc.words[w + 1]!.start;
  let end = doc.words[w]!.end;
  while (end < limit && !/\s/.test(doc.text[end]!)) end++;
  return end;
}

/**
 * Turns a cluster into a graded passage, trimmed at its edges (when `trim`), or drops it: too
 * short, resting on one weak seed, or short and reworded.
 */
export function toPassage(
  c: Cluster,
  docA: PreparedText,
  docB: PreparedText,
  params: AlignParams,
  trim: boolean
): PipelinePassage | undefined {
  const wa0 = docA.units[c.a0]!.wordStart;
  const wb0 = docB.units[c.b0]!.wordStart;
  const allA = wordsOf(docA, wa0, docA.units[c.a1]!.wordEnd);
  const allB = wordsOf(docB, wb0, docB.units[c.b1]!.wordEnd);
  const t = trim ? trimEdges(allA, allB, params.trimMinRun) : { aFrom: 0, aTo: allA.length, bFrom: 0, bTo: allB.length };
  const wa = allA.slice(t.aFrom, t.aTo);
  const wb = allB.slice(t.bFrom, t.bTo);
  if (wa.length < params.minWords || wb.length < params.minWords) return undefined;
  if (c.seeds.length === 1 && c.seeds[0]!.cos < params.singleSeedCosine) return undefined;
  const grade = classifyPassage(wa, wb);
  if (Math.min(wa.length, wb.length) < params.shortWords && grade.score < params.shortMinScore) return undefined;
  return {
    aStart: startAt(docA, c.a0, wa0 + t.aFrom),
    aEnd: endAt(docA, c.a1, wa0 + t.aTo - 1),
    bStart: startAt(docB, c.b0, wb0 + t.bFrom),
    bEnd: endAt(docB, c.b1, wb0 + t.bTo - 1),
    wordsA: wa.length,
    wordsB: wb.length,
    cluster: c,
    ...grade
  };
}
