import { describe, expect, it } from 'vitest';
import { granularity, macroPrecision, macroRecall, panScores, type PanAnnotation } from './panMeasures';

/** A passage pair: `[t0, t1)` of suspicious document `thisRef` ↔ `[s0, s1)` of `sourceRef`. */
function ann(thisRef: string, t0: number, t1: number, sourceRef: string, s0: number, s1: number): PanAnnotation {
  return { thisRef, thisOffset: t0, thisLength: t1 - t0, sourceRef, sourceOffset: s0, sourceLength: s1 - s0 };
}

// Every expected value below was worked out by hand from the definitions in Potthast et al. (2010).
describe('PAN measures', () => {
  it('half a case detected, half a detection right: 0.5 everywhere', () => {
    const cases = [ann('d1', 0, 100, 'src1', 0, 100)];
    const dets = [ann('d1', 50, 150, 'src1', 50, 150)];
    // Overlap 50 chars in each document: 100 of the case's 200 chars, 100 of the detection's 200.
    expect(panScores(cases, dets)).toEqual({ precision: 0.5, recall: 0.5, granularity: 1, plagdet: 0.5 });
  });

  it('a case found in two pieces is fully recalled but pays for granularity', () => {
    const cases = [ann('d1', 0, 100, 'src1', 0, 100)];
    const dets = [ann('d1', 0, 50, 'src1', 0, 50), ann('d1', 50, 100, 'src1', 50, 100)];
    const s = panScores(cases, dets);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(1);
    expect(s.granularity).toBe(2);
    // 1 / log2(3) = 1 / 1.5849625…
    expect(s.plagdet).toBeCloseTo(0.6309298, 6);
  });

  it('counts overlapping detections of one case once for recall, twice for granularity', () => {
    const cases = [ann('d1', 0, 100, 'src1', 0, 100)];
    const dets = [ann('d1', 0, 60, 'src1', 0, 60), ann('d1', 40, 100, 'src1', 40, 100)];
    expect(macroRecall(cases, dets)).toBe(1);
    expect(granularity(cases, dets)).toBe(2);
  });

  it('scores a detection against the wrong source as false, and a case never detected as missed', () => {
    const cases = [ann('d1', 0, 100, 'src1', 0, 100), ann('d2', 0, 100, 'src2', 0, 100)];
    const dets = [ann('d1', 0, 100, 'src1', 0, 100), ann('d1', 0, 100, 'src3', 0, 100)];
    // Recall (1 + 0) / 2, precision (1 + 0) / 2; only the first case is detected, once.
    expect(panScores(cases, dets)).toEqual({ precision: 0.5, recall: 0.5, granularity: 1, plagdet: 0.5 });
  });

  it('loses precision for a detection spanning two cases and the text between them', () => {
    const cases = [ann('d1', 0, 100, 'src1', 0, 100), ann('d1', 200, 300, 'src1', 200, 300)];
    const dets = [ann('d1', 0, 300, 'src1', 0, 300)];
    const s = panScores(cases, dets);
    expect(s.recall).toBe(1);
    // 400 of the detection's 600 characters are plagiarised.
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.granularity).toBe(1);
    // F1 = 2 · (2/3) · 1 / (5/3) = 0.8
    expect(s.plagdet).toBeCloseTo(0.8, 10);
  });

  it('weighs both documents of a case by their own lengths', () => {
    // Case: 20 chars in d1, 80 in src1. Detection: 20 chars in d1 (10 inside), 40 in src1 (all inside).
    const cases = [ann('d1', 10, 30, 'src1', 0, 80)];
    const dets = [ann('d1', 0, 20, 'src1', 0, 40)];
    expect(macroRecall(cases, dets)).toBeCloseTo(50 / 100, 10);
    expect(macroPrecision(cases, dets)).toBeCloseTo(50 / 60, 10);
    // F1 = 2 · 0.5 · 5/6 / (0.5 + 5/6) = 5/8
    expect(panScores(cases, dets).plagdet).toBeCloseTo(0.625, 10);
  });

  it('follows the evaluation script at the edges: nothing to find and nothing found is perfect', () => {
    expect(panScores([], [])).toEqual({ precision: 1, recall: 1, granularity: 1, plagdet: 1 });
    expect(panScores([ann('d1', 0, 10, 's', 0, 10)], [])).toEqual({ precision: 0, recall: 0, granularity: 1, plagdet: 0 });
  });

  it('counts a repeated detection once, as the script reads annotations into a set', () => {
    const cases = [ann('d1', 0, 100, 'src1', 0, 100)];
    const det = ann('d1', 0, 100, 'src1', 0, 100);
    expect(granularity(cases, [det, { ...det }])).toBe(1);
  });
});
