import { describe, expect, it } from 'vitest';
import { indexRange, NO_PICKS, rangePick, togglePick } from './picks';

describe('togglePick', () => {
  it('starts from the selected article, then adds and removes', () => {
    const two = togglePick(NO_PICKS, 7, 3);
    expect([...two].sort()).toEqual([3, 7]);
    expect([...togglePick(two, 7, 7)]).toEqual([3]);
  });
  it('starts empty when nothing was selected, or the selected one is clicked', () => {
    expect([...togglePick(NO_PICKS, 7, null)]).toEqual([7]);
    expect([...togglePick(NO_PICKS, 7, 7)]).toEqual([7]);
  });
});

describe('rangePick', () => {
  it('replaces the picks, or adds to them', () => {
    expect([...rangePick(new Set([1]), [4, 5, 6], false)]).toEqual([4, 5, 6]);
    expect([...rangePick(new Set([1]), [4, 5], true)].sort()).toEqual([1, 4, 5]);
  });
});

describe('indexRange', () => {
  it('runs either way, inclusive', () => {
    expect(indexRange(2, 4)).toEqual([2, 3, 4]);
    expect(indexRange(4, 2)).toEqual([2, 3, 4]);
  });
});
