import { describe, expect, it } from 'vitest';
import { count, emptyTally, orphanPrecision, orphanRecall, outcome, overlap } from './anchorScore';

describe('overlap', () => {
  it('is intersection over union', () => {
    expect(overlap({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(overlap({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(5 / 15);
    expect(overlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});

describe('outcome', () => {
  it('calls a place correct from 90 % overlap, a misplacement below it or on a deleted passage, and no place an orphan', () => {
    expect(outcome({ start: 0, end: 100 }, { start: 0, end: 95 })).toBe('correct'); // 95/100
    expect(outcome({ start: 0, end: 100 }, { start: 0, end: 89 })).toBe('misplaced'); // 89/100
    expect(outcome({ start: 0, end: 10 }, null)).toBe('misplaced');
    expect(outcome(null, { start: 0, end: 10 })).toBe('orphan');
    expect(outcome(null, null)).toBe('orphan');
  });
});

describe('orphan precision and recall', () => {
  it('count orphans against deleted passages', () => {
    const t = emptyTally();
    count(t, 'orphan', null); // right orphan
    count(t, 'misplaced', null); // a deleted passage placed somewhere
    count(t, 'orphan', { start: 0, end: 5 }); // a kept passage lost
    count(t, 'correct', { start: 0, end: 5 });
    expect(t).toEqual({ n: 4, correct: 1, misplaced: 1, orphan: 2, gone: 2, goneOrphaned: 1 });
    expect(orphanPrecision(t)).toBe(0.5);
    expect(orphanRecall(t)).toBe(0.5);
  });
});
