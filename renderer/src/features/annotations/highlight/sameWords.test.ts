import { describe, expect, it } from 'vitest';
import type { HighlightSpan } from './layers';
import { sameWordsAction } from './sameWords';

const h = (id: number, start: number, end: number, colour: number): HighlightSpan => ({ id, colour, start, end });

describe('sameWordsAction', () => {
  const figure = h(1, 20, 41, 3);

  it('makes a highlight where none covers exactly the words', () => {
    expect(sameWordsAction([], { start: 20, end: 41 }, 3)).toEqual({ kind: 'create' });
    // A word more, a letter less, or a highlight inside the words: another highlight, as before.
    expect(sameWordsAction([figure], { start: 20, end: 42 }, 3)).toEqual({ kind: 'create' });
    expect(sameWordsAction([figure], { start: 21, end: 41 }, 3)).toEqual({ kind: 'create' });
    expect(sameWordsAction([h(2, 25, 30, 3)], { start: 20, end: 41 }, 3)).toEqual({ kind: 'create' });
  });

  it('opens the highlight over the same words in the same colour instead of making a duplicate', () => {
    expect(sameWordsAction([h(7, 0, 5, 3), figure], { start: 20, end: 41 }, 3)).toEqual({ kind: 'open', id: 1 });
  });

  it('recolours the highlight over the same words when another colour is picked', () => {
    expect(sameWordsAction([figure], { start: 20, end: 41 }, 1)).toEqual({ kind: 'recolour', id: 1 });
  });

  it('among older duplicates, opens the one in the picked colour, else recolours the newest', () => {
    const claim = h(2, 20, 41, 1);
    expect(sameWordsAction([figure, claim], { start: 20, end: 41 }, 1)).toEqual({ kind: 'open', id: 2 });
    expect(sameWordsAction([claim, figure], { start: 20, end: 41 }, 4)).toEqual({ kind: 'recolour', id: 2 });
    // One still being saved (a provisional id) is newer than any stored one.
    expect(sameWordsAction([claim, h(-1, 20, 41, 3)], { start: 20, end: 41 }, 4)).toEqual({ kind: 'recolour', id: -1 });
  });
});
