import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion, scoreFusion } from './fuse';

describe('reciprocalRankFusion', () => {
  it('puts documents that several lists agree on first', () => {
    const fused = reciprocalRankFusion([
      { name: 'exact', ids: ['a', 'b', 'c'] },
      { name: 'fuzzy', ids: ['c', 'd', 'b'] }
    ]);
    // b: 1/62 + 1/63, c: 1/63 + 1/61, a: 1/61, d: 1/62
    expect(fused.map((h) => h.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(fused[0]).toEqual({
      id: 'c',
      rank: 1,
      score: 1 / 63 + 1 / 61,
      sources: [
        { list: 'exact', rank: 3 },
        { list: 'fuzzy', rank: 1 }
      ]
    });
  });

  it('keeps exact matches above variant-only ones when the exact list weighs more', () => {
    const fused = reciprocalRankFusion([
      { name: 'exact', ids: [2, 7], weight: 1 },
      { name: 'variants', ids: [9, 7, 2], weight: 0.5 }
    ]);
    expect(fused.map((h) => h.id)).toEqual([2, 7, 9]);
    expect(fused[2]?.sources).toEqual([{ list: 'variants', rank: 1 }]);
  });

  it('lets a smaller k favour each list’s top hits', () => {
    const lists = [
      { name: 'one', ids: ['x', 'a', 'b', 'c', 'y'] },
      { name: 'two', ids: ['q', 'r', 's', 't', 'y'] }
    ];
    // k = 60: y earns 2/65 against x's 1/61; k = 1: 2/6 against 1/2.
    expect(reciprocalRankFusion(lists)[0]?.id).toBe('y');
    expect(reciprocalRankFusion(lists, { k: 1 })[0]?.id).toBe('x');
  });

  it('counts a repeated id once, breaks ties deterministically, and honours limit', () => {
    const fused = reciprocalRankFusion([
      { name: 'one', ids: ['a', 'b', 'a'] },
      { name: 'two', ids: ['b', 'a'] }
    ]);
    expect(fused.map((h) => [h.id, h.sources.length])).toEqual([
      ['a', 2],
      ['b', 2]
    ]);
    expect(reciprocalRankFusion([{ name: 'one', ids: [1, 2, 3] }], { limit: 2 }).map((h) => h.id)).toEqual([1, 2]);
    expect(reciprocalRankFusion([])).toEqual([]);
  });
});

describe('scoreFusion', () => {
  it('scales each list to 0..1, lower-is-better lists included, and adds weighted scores', () => {
    const fused = scoreFusion([
      {
        name: 'exact',
        hits: [
          { id: 'a', score: -9.1 },
          { id: 'b', score: -2.0 }
        ],
        higherIsBetter: false
      },
      {
        name: 'fuzzy',
        hits: [
          { id: 'b', score: 12 },
          { id: 'c', score: 3 }
        ],
        weight: 0.5
      }
    ]);
    expect(fused.map((h) => [h.id, h.score])).toEqual([
      ['a', 1],
      ['b', 0.5],
      ['c', 0]
    ]);
  });

  it('gives every hit of a list with equal scores the full score', () => {
    expect(
      scoreFusion([
        {
          name: 'one',
          hits: [
            { id: 1, score: 4 },
            { id: 2, score: 4 }
          ]
        }
      ]).map((h) => h.score)
    ).toEqual([1, 1]);
  });
});
