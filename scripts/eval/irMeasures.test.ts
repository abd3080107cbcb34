import { describe, expect, it } from 'vitest';
import { averagePrecision, ndcgAt } from './irMeasures';

describe('ranking measures', () => {
  const judged = new Map([
    ['a', 3],
    ['b', 1],
    ['c', 0]
  ]);

  it('scores the ideal order 1 and an order without relevant documents 0', () => {
    expect(ndcgAt(['a', 'b', 'x'], judged, 10)).toBeCloseTo(1);
    expect(averagePrecision(['a', 'b'], judged)).toBeCloseTo(1);
    expect(ndcgAt(['x', 'c'], judged, 10)).toBe(0);
    expect(averagePrecision(['x', 'c'], judged)).toBe(0);
  });

  it('matches values worked out by hand', () => {
    // Relevant at ranks 2 and 4: AP = (1/2 + 2/4) / 2.
    expect(averagePrecision(['x', 'a', 'y', 'b'], judged)).toBeCloseTo(0.5);
    // DCG = 1/log2(2) + 3/log2(3); ideal = 3 + 1/log2(3).
    expect(ndcgAt(['b', 'a'], judged, 10)).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)));
    // A relevant document below the cut-off earns nothing.
    expect(ndcgAt(['x', 'a'], judged, 1)).toBe(0);
  });
});
