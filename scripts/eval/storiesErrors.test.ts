import { describe, expect, it } from 'vitest';
import { meanSim, whyApart } from './storiesErrors';

/** Similarities from a list of pairs; every other pair is 0, as average linkage counts a missing edge. */
function sims(pairs: ReadonlyArray<readonly [number, number, number]>): (a: number, b: number) => number {
  const m = new Map(pairs.map(([a, b, s]) => [`${Math.min(a, b)},${Math.max(a, b)}`, s]));
  return (a, b) => m.get(`${Math.min(a, b)},${Math.max(a, b)}`) ?? 0;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Every pair within `a` and within `b` at `within`, every pair across at `across`. */
function twoGroups(a: readonly number[], b: readonly number[], within: number, across: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const g of [a, b]) g.forEach((i, k) => g.slice(k + 1).forEach((j) => out.push([i, j, within])));
  for (const i of a) for (const j of b) out.push([i, j, across]);
  return out;
}

describe('meanSim', () => {
  it('counts a missing edge as 0, within a group and across two', () => {
    const sim = sims([
      [0, 1, 0.6],
      [0, 2, 0.3]
    ]);
    expect(meanSim(sim, [0, 1, 2])).toBeCloseTo(0.3);
    expect(meanSim(sim, [0], [1, 2, 3])).toBeCloseTo(0.3);
  });
});

describe('whyApart', () => {
  const loose = new Float64Array(20).fill(0.1);

  it('names the threshold when the mean across is under it, and the pair threshold for two single articles', () => {
    const sim = sims(twoGroups([0, 1, 2], [3, 4], 0.5, 0.1));
    expect(whyApart({ sim, threshold: 0.168, scale: loose }, [0, 1, 2], [3, 4])).toBe('under the threshold 0.168');
    const pair = sims([[0, 1, 0.2]]);
    expect(whyApart({ sim: pair, threshold: 0.168, scale: loose }, [0], [1])).toBe(
      'under the threshold 0.252 (two single articles)'
    );
  });

  it('names the cohesion rule for two groups of six that are far tighter within than across', () => {
    const [a, b] = [range(0, 6), range(6, 12)];
    const sim = sims(twoGroups(a, b, 0.8, 0.2));
    expect(whyApart({ sim, threshold: 0.168, scale: loose }, a, b)).toMatch(
      /0\.25 of the geometric mean within: the cohesion rule/
    );
    // The same bridge between groups of five is not judged by the cohesion rule.
    expect(whyApart({ sim, threshold: 0.168, scale: loose }, range(0, 5), range(6, 11))).not.toMatch(/cohesion/);
  });

  it('names the local-scale check when the close company is far closer than the bridge', () => {
    const [a, b] = [range(0, 3), range(3, 5)];
    const sim = sims(twoGroups(a, b, 0.9, 0.2));
    const tight = new Float64Array(5).fill(0.9);
    expect(whyApart({ sim, threshold: 0.168, scale: tight }, a, b)).toMatch(
      /0\.22 of the articles' close company: the local-scale check/
    );
    expect(whyApart({ sim, threshold: 0.168, scale: loose }, a, b)).toMatch(/every rule/);
  });
});
