import { describe, expect, it } from 'vitest';
import { boundedDistance } from './editDistance';

describe('boundedDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(boundedDistance('daraa', 'daraa', 2)).toBe(0);
    expect(boundedDistance('negotiatons', 'negotiations', 2)).toBe(1);
    expect(boundedDistance('jabbawi', 'jabawi', 2)).toBe(1);
    expect(boundedDistance('deraa', 'daraa', 2)).toBe(1);
    expect(boundedDistance('reuetrs', 'reuters', 2)).toBe(1);
    expect(boundedDistance('ceasefire', 'caesefier', 2)).toBe(2);
    expect(boundedDistance('quneitra', 'qunaytirah', 4)).toBe(4);
  });

  it('answers max + 1 for anything further than max', () => {
    expect(boundedDistance('beirut', 'busra', 2)).toBe(3);
    expect(boundedDistance('damascus', 'daraa', 1)).toBe(2);
    expect(boundedDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(boundedDistance('a', 'abcd', 2)).toBe(3);
  });

  it('handles empty and long words', () => {
    expect(boundedDistance('', 'ab', 2)).toBe(2);
    expect(boundedDistance('', '', 2)).toBe(0);
    const long = 'x'.repeat(300);
    expect(boundedDistance(long, long + 'y', 2)).toBe(1);
    expect(boundedDistance(long, 'y' + long.slice(1), 2)).toBe(1);
  });

  it('agrees with the full table on every pair of short words over a small alphabet', () => {
    const words = ['', 'a', 'b', 'ab', 'ba', 'aab', 'abb', 'bab', 'abab', 'baab', 'bbaa', 'aabba', 'ababa'];
    for (const x of words)
      for (const y of words)
        for (const max of [0, 1, 2, 3]) {
          expect(boundedDistance(x, y, max), `${x}/${y}/${max}`).toBe(Math.min(osa(x, y), max + 1));
        }
  });
});

/** The unbounded textbook table, to check the banded one against. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
