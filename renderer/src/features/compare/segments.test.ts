import { describe, expect, it } from 'vitest';
import type { ColumnMarkup, ColumnPassage } from './markup';
import { columnSegments } from './segments';

const passage = (clusterId: string, start: number, end: number): ColumnPassage => ({
  clusterId,
  slot: 1,
  kind: 'light',
  score: 0.9,
  start,
  end
});

describe('columnSegments', () => {
  const text = 'One two. Three four. Five six.';
  const markup: ColumnMarkup = { passages: [passage('p1', 0, 8), passage('p2', 9, 20)], unique: [{ start: 21, end: 30 }] };

  it('cuts a paragraph at passage and unique edges', () => {
    const runs = columnSegments(text, 0, text.length, markup, null);
    expect(runs.map((r) => [r.text, r.passage?.clusterId ?? null, r.unique])).toEqual([
      ['One two.', 'p1', false],
      [' ', null, false],
      ['Three four.', 'p2', false],
      [' ', null, false],
      ['Five six.', null, true]
    ]);
  });

  it('clips a passage that runs across paragraphs to the paragraph shown', () => {
    const runs = columnSegments(text, 4, 14, markup, null);
    expect(runs.map((r) => [r.start, r.end, r.passage?.clusterId ?? null])).toEqual([
      [4, 8, 'p1'],
      [8, 9, null],
      [9, 14, 'p2']
    ]);
  });

  it('marks the flashed range inside passages without losing the passage', () => {
    const runs = columnSegments(text, 0, text.length, markup, { start: 4, end: 14 });
    const flashed = runs.filter((r) => r.flash);
    expect(flashed.map((r) => [r.text, r.passage?.clusterId ?? null])).toEqual([
      ['two.', 'p1'],
      [' ', null],
      ['Three', 'p2']
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('returns the text whole when nothing is marked', () => {
    expect(columnSegments(text, 0, 8, { passages: [], unique: [] }, null)).toEqual([
      { start: 0, end: 8, text: 'One two.', passage: null, unique: false, flash: false, highlights: [] }
    ]);
  });

  it('cuts passages at the edges of overlapping highlights, keeping passage and highlights on each run', () => {
    const highlights = [
      { id: 1, colour: 2, start: 4, end: 14 },
      { id: 2, colour: 5, start: 9, end: 25 }
    ];
    const runs = columnSegments(text, 0, text.length, markup, null, highlights);
    expect(runs.map((r) => [r.text, r.passage?.clusterId ?? null, r.unique, r.highlights.map((h) => h.id)])).toEqual([
      ['One ', 'p1', false, []],
      ['two.', 'p1', false, [1]],
      [' ', null, false, [1]],
      ['Three', 'p2', false, [1, 2]],
      [' four.', 'p2', false, [2]],
      [' ', null, false, [2]],
      ['Five', null, true, [2]],
      [' six.', null, true, []]
    ]);
  });
});
