import { describe, expect, it } from 'vitest';
import { type HighlightSpan, layerSegments } from './layers';

const h = (id: number, start: number, end: number, colour = 1): HighlightSpan => ({ id, colour, start, end });
const runs = (segments: ReturnType<typeof layerSegments>) =>
  segments.map((s) => [s.text, s.marked, s.highlights.map((x) => x.id)]);

describe('layerSegments', () => {
  //            0         1         2         3
  //            0123456789012345678901234567890123
  const text = 'The army shelled Daraa on Tuesday.';

  it('cuts at the edges of overlapping highlights, each run naming every highlight over it', () => {
    expect(runs(layerSegments(text, [], [h(1, 4, 16), h(2, 9, 22)]))).toEqual([
      ['The ', false, []],
      ['army ', false, [1]],
      ['shelled', false, [1, 2]],
      [' Daraa', false, [2]],
      [' on Tuesday.', false, []]
    ]);
  });

  it('keeps a nested highlight inside its outer one, outermost first', () => {
    expect(runs(layerSegments(text, [], [h(5, 17, 22), h(3, 0, 34)]))).toEqual([
      ['The army shelled ', false, [3]],
      ['Daraa', false, [3, 5]],
      [' on Tuesday.', false, [3]]
    ]);
  });

  it('cuts a search mark that a highlight starts inside, keeping the mark on both runs', () => {
    const marks = [{ start: 17, end: 22, variantOf: 'Deraa' }];
    const segments = layerSegments(text, marks, [h(1, 19, 34)]);
    expect(runs(segments)).toEqual([
      ['The army shelled ', false, []],
      ['Da', true, []],
      ['raa', true, [1]],
      [' on Tuesday.', false, [1]]
    ]);
    expect(segments[2]!.variantOf).toBe('Deraa');
  });

  it('clips a highlight across paragraphs to the paragraph shown', () => {
    const two = 'First one.\n\nSecond one.';
    expect(runs(layerSegments(two, [], [h(1, 6, 18)], 12, two.length))).toEqual([
      ['Second', false, [1]],
      [' one.', false, []]
    ]);
    expect(runs(layerSegments(two, [], [h(1, 6, 18)], 0, 10))).toEqual([
      ['First ', false, []],
      ['one.', false, [1]]
    ]);
  });

  it('gives each run its offsets in the whole text', () => {
    const segments = layerSegments(text, [], [h(1, 9, 16)]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 9],
      [9, 16],
      [16, 34]
    ]);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('draws two highlights on the same words as one run with both', () => {
    expect(runs(layerSegments(text, [], [h(2, 4, 8), h(1, 4, 8)]))).toEqual([
      ['The ', false, []],
      ['army', false, [1, 2]],
      [' shelled Daraa on Tuesday.', false, []]
    ]);
  });
});
