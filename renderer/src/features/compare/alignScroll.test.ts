import { describe, expect, it } from 'vitest';
import { alignedScrollTops, nearestIndex, proportionalScrollTop } from './alignScroll';

describe('alignedScrollTops', () => {
  it('keeps the clicked passage where it is and brings the others level with it', () => {
    expect(alignedScrollTops({ contentTop: 900, maxScroll: 2000 }, 300, [{ contentTop: 400, maxScroll: 2000 }])).toEqual([
      600, 100
    ]);
  });

  it('moves the line up when another passage is too near the top of its column', () => {
    expect(alignedScrollTops({ contentTop: 900, maxScroll: 2000 }, 300, [{ contentTop: 120, maxScroll: 2000 }])).toEqual([
      780, 0
    ]);
  });

  it('never scrolls past the end of a column', () => {
    expect(alignedScrollTops({ contentTop: 500, maxScroll: 2000 }, 100, [{ contentTop: 1500, maxScroll: 900 }])).toEqual([
      400, 900
    ]);
  });
});

describe('nearestIndex', () => {
  it('picks the closest value, the first on a tie', () => {
    expect(nearestIndex([100, 900, 1500], 1000)).toBe(1);
    expect(nearestIndex([100, 300], 200)).toBe(0);
    expect(nearestIndex([], 10)).toBe(-1);
  });
});

describe('proportionalScrollTop', () => {
  it('shows the same share of a longer or shorter column', () => {
    expect(proportionalScrollTop(250, 1000, 2000)).toBe(500);
    expect(proportionalScrollTop(250, 0, 2000)).toBe(0);
  });
});
