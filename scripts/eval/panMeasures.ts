/**
 * The PAN text-alignment measures of Potthast, Stein, Barrón-Cedeño and Rosso, "An Evaluation
 * Framework for Plagiarism Detection" (COLING 2010), computed as the official PAN evaluation
 * script does (macro-averaged character precision and recall, granularity, plagdet).
 *
 * Cases (the truth) and detections are both {@link PanAnnotation}s: a passage of a suspicious
 * document ("this") paired with a passage of a source document, in characters.
 */

/** A passage pair: `[thisOffset, thisOffset + thisLength)` of `thisRef` ↔ the same in `sourceRef`. */
export interface PanAnnotation {
  readonly thisRef: string;
  readonly thisOffset: number;
  readonly thisLength: number;
  readonly sourceRef: string;
  readonly sourceOffset: number;
  readonly sourceLength: number;
}

/** The four PAN measures. */
export interface PanScores {
  readonly precision: number;
  readonly recall: number;
  readonly granularity: number;
  readonly plagdet: number;
}

/** True when `d` detects `c`: same document pair, overlapping in both documents. */
export function isOverlapping(c: PanAnnotation, d: PanAnnotation): boolean {
  return (
    c.thisRef === d.thisRef &&
    d.thisOffset + d.thisLength > c.thisOffset &&
    d.thisOffset < c.thisOffset + c.thisLength &&
    c.sourceRef === d.sourceRef &&
    d.sourceOffset + d.sourceLength > c.sourceOffset &&
    d.sourceOffset < c.sourceOffset + c.sourceLength
  );
}

/** Characters of `[off, off + len)` covered by the union of `ranges` (each `[start, end)`). */
function coveredChars(off: number, len: number, ranges: [number, number][]): number {
  const clipped = ranges
    .map(([s, e]): [number, number] => [Math.max(s, off), Math.min(e, off + len)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let reach = off;
  for (const [s, e] of clipped) {
    const from = Math.max(s, reach);
    if (e > from) covered += e - from;
    reach = Math.max(reach, e);
  }
  return covered;
}

/**
 * |s ⊓ R| / |s| for one annotation `s` against all `others` that overlap it: the share of its
 * characters (in both documents) covered by them. The script's `case_recall`.
 */
function coveredShare(s: PanAnnotation, others: readonly PanAnnotation[]): number {
  const overlapping = others.filter((o) => isOverlapping(s, o));
  if (overlapping.length === 0) return 0;
  const inThis = coveredChars(
    s.thisOffset,
    s.thisLength,
    overlapping.map((o) => [o.thisOffset, o.thisOffset + o.thisLength])
  );
  const inSource = coveredChars(
    s.sourceOffset,
    s.sourceLength,
    overlapping.map((o) => [o.sourceOffset, o.sourceOffset + o.sourceLength])
  );
  return (inThis + inSource) / (s.thisLength + s.sourceLength);
}

function byThisRef(annotations: readonly PanAnnotation[]): Map<string, PanAnnotation[]> {
  const index = new Map<string, PanAnnotation[]>();
  for (const a of annotations) {
    const list = index.get(a.thisRef);
    if (list) list.push(a);
    else index.set(a.thisRef, [a]);
  }
  return index;
}

/** The script treats annotations as a set: identical annotations count once. */
function unique(annotations: readonly PanAnnotation[]): PanAnnotation[] {
  const seen = new Map<string, PanAnnotation>();
  for (const a of annotations) {
    const key = [a.thisRef, a.thisOffset, a.thisLength, a.sourceRef, a.sourceOffset, a.sourceLength].join('\u0000');
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()];
}

/**
 * Macro-averaged recall: the mean over cases of the share of each case's characters detected.
 * By the script's convention it is 1 with neither cases nor detections, 0 with only one of them.
 */
export function macroRecall(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): number {
  const S = unique(cases);
  const R = unique(detections);
  if (S.length === 0 && R.length === 0) return 1;
  if (S.length === 0 || R.length === 0) return 0;
  const index = byThisRef(R);
  let sum = 0;
  for (const s of S) sum += coveredShare(s, index.get(s.thisRef) ?? []);
  return sum / S.length;
}

/** Macro-averaged precision: recall with the roles of cases and detections swapped. */
export function macroPrecision(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): number {
  return macroRecall(detections, cases);
}

/**
 * Granularity: over the cases detected at all, the mean number of detections that detect each.
 * 1 when no case is detected (or there are no detections), as in the script.
 */
export function granularity(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): number {
  const S = unique(cases);
  const R = unique(detections);
  if (R.length === 0) return 1;
  const index = byThisRef(R);
  let detected = 0;
  let total = 0;
  for (const s of S) {
    const n = (index.get(s.thisRef) ?? []).filter((r) => isOverlapping(s, r)).length;
    if (n > 0) {
      detected++;
      total += n;
    }
  }
  return detected === 0 ? 1 : total / detected;
}

/** plagdet = F1(precision, recall) / log2(1 + granularity); 0 when both are 0. */
export function plagdet(precision: number, recall: number, gran: number): number {
  if ((precision === 0 && recall === 0) || precision < 0 || recall < 0 || gran < 1) return 0;
  return (2 * precision * recall) / (precision + recall) / Math.log2(1 + gran);
}

/** All four measures of `detections` against `cases`. */
export function panScores(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): PanScores {
  const precision = macroPrecision(cases, detections);
  const recall = macroRecall(cases, detections);
  const gran = granularity(cases, detections);
  return { precision, recall, granularity: gran, plagdet: plagdet(precision, recall, gran) };
}
