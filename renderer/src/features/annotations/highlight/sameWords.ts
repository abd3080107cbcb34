import type { TextRange } from '@shared/contract/schemas';
import type { HighlightSpan } from './layers';

/**
 * What a colour picked on a selection does: make a new highlight, or act on the one already drawn
 * over exactly those words (review 14 #6: a second press made a duplicate, and a click then
 * offered a chooser of two identical highlights).
 */
export type SameWordsAction =
  | { readonly kind: 'create' }
  /** The same words in the same colour: that highlight opens, nothing is made. */
  | { readonly kind: 'open'; readonly id: number }
  /** The same words in another colour: that highlight takes the new colour. */
  | { readonly kind: 'recolour'; readonly id: number };

/**
 * Decides what picking `colour` on `range` does, given the highlights drawn on the text. Only a
 * highlight over exactly the same words counts (one starting or ending a character apart is
 * another highlight, made as before). Where older duplicates share the words, one in the picked
 * colour is opened; else the newest is recoloured.
 *
 * @example
 * sameWordsAction([{ id: 4, colour: 3, start: 10, end: 20 }], { start: 10, end: 20 }, 3) // { kind: 'open', id: 4 }
 * sameWordsAction([{ id: 4, colour: 3, start: 10, end: 20 }], { start: 10, end: 20 }, 1) // { kind: 'recolour', id: 4 }
 * sameWordsAction([{ id: 4, colour: 3, start: 10, end: 20 }], { start: 10, end: 21 }, 3) // { kind: 'create' }
 */
export function sameWordsAction(spans: readonly HighlightSpan[], range: TextRange, colour: number): SameWordsAction {
  const same = spans.filter((s) => s.start === range.start && s.end === range.end);
  const sameColour = same.find((s) => s.colour === colour);
  if (sameColour) return { kind: 'open', id: sameColour.id };
  // Newest: the highest stored id, or one still being saved (provisional ids count down from -1).
  const newest = same.reduce<HighlightSpan | null>((best, s) => (best === null || newer(s.id, best.id) ? s : best), null);
  return newest ? { kind: 'recolour', id: newest.id } : { kind: 'create' };
}

const newer = (a: number, b: number) => (a < 0 || b < 0 ? a < b : a > b);
