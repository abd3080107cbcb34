import { describe, expect, it } from 'vitest';
import type { HighlightSpan } from './layers';
import { nextHighlight } from './nextHighlight';

// Stored out of reading order, with two highlights starting on the same word.
const spans: HighlightSpan[] = [
  { id: 7, colour: 2, start: 100, end: 120 },
  { id: 3, colour: 1, start: 10, end: 30 },
  { id: 5, colour: 4, start: 100, end: 140 },
  { id: 9, colour: 3, start: 60, end: 70 }
];
const walk = (forward: boolean, from: number | null) => {
  const seen: number[] = [];
  let on = from;
  for (let next = nextHighlight(spans, null, on, forward); next; next = nextHighlight(spans, null, on, forward)) {
    seen.push(next.id);
    on = next.id;
  }
  return seen;
};

describe('nextHighlight', () => {
  it('walks the highlights in reading order, the longer of two on the same word first, and stops at the end', () => {
    expect(walk(true, null)).toEqual([3, 9, 5, 7]);
  });

  it('walks back from the last, and stops at the first', () => {
    expect([nextHighlight(spans, null, null, false)!.id, ...walk(false, 7)]).toEqual([7, 5, 9, 3]);
  });

  it('starts from the sentence cursor: the next one at or after it, or the one before it', () => {
    expect(nextHighlight(spans, { start: 40, end: 80 }, null, true)?.id).toBe(9);
    expect(nextHighlight(spans, { start: 60, end: 80 }, null, true)?.id).toBe(9);
    expect(nextHighlight(spans, { start: 60, end: 80 }, null, false)?.id).toBe(3);
    expect(nextHighlight(spans, { start: 200, end: 220 }, null, true)).toBeNull();
  });

  it('finds nothing in a text with no highlights', () => {
    expect(nextHighlight([], null, null, true)).toBeNull();
  });
});
