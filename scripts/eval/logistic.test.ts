import { describe, expect, it } from 'vitest';
import { dot, fitLogistic } from './logistic';

describe('fitLogistic', () => {
  // Rows drawn from a known model, log-odds = -1 + 2x: the fit must find it again.
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i <= 200; i++) {
    const x = (i - 100) / 50;
    const p = 1 / (1 + Math.exp(-(-1 + 2 * x)));
    // Expected counts, not a draw: at each x, 100 rows of which round(100 p) are positive.
    const positives = Math.round(100 * p);
    for (let r = 0; r < 100; r++) {
      rows.push([1, x]);
      labels.push(r < positives ? 1 : 0);
    }
  }

  it('recovers the weights of the model the labels come from', () => {
    const w = fitLogistic(rows, labels, { l2: 0 });
    expect(w[0]).toBeCloseTo(-1, 1);
    expect(w[1]).toBeCloseTo(2, 1);
  });

  it('weighing negatives more moves the intercept down by the log of the weight', () => {
    const w = fitLogistic(rows, labels, { l2: 0, negativeWeight: 3 });
    expect(w[0]).toBeCloseTo(-1 - Math.log(3), 1);
    expect(dot(w, [1, 0])).toBeLessThan(dot(fitLogistic(rows, labels, { l2: 0 }), [1, 0]));
  });
});
