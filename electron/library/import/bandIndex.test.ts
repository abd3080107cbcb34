import { describe, expect, it } from 'vitest';
import { BandIndex } from './bandIndex';

describe('BandIndex', () => {
  it('finds the articles sharing any band key, never the article itself', () => {
    const index = new BandIndex();
    index.add(1, [10, 11, 12]);
    index.add(2, [20, 11, 22]);
    index.add(3, [30, 31, 32]);
    expect([...index.candidates([11, 40], 9, 25)].sort()).toEqual([1, 2]);
    expect([...index.candidates([10, 11], 1, 25)]).toEqual([2]);
    expect(index.candidates([99], 9, 25).size).toBe(0);
  });

  it('skips a bucket shared by more articles than the limit (boilerplate, not a copy)', () => {
    const index = new BandIndex();
    for (let id = 1; id <= 4; id++) index.add(id, [7, 100 + id]);
    expect(index.candidates([7], 9, 4).size).toBe(4);
    expect(index.candidates([7], 9, 3).size).toBe(0);
    expect([...index.candidates([7, 102], 9, 3)]).toEqual([2]);
  });

  it('forgets an article removed from its buckets, and the rest stay findable', () => {
    const index = new BandIndex();
    index.add(1, [5, 6]);
    index.add(2, [5, 8]);
    index.add(3, [5]);
    index.remove(2, [5, 8]);
    expect([...index.candidates([5, 8], 9, 25)].sort()).toEqual([1, 3]);
    index.remove(1, [5, 6]);
    expect([...index.candidates([5, 6], 9, 25)]).toEqual([3]);
    index.remove(3, [5]);
    expect(index.candidates([5], 9, 25).size).toBe(0);
  });
});
