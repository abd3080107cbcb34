import { describe, expect, it } from 'vitest';
import { segmentText } from './textSegments';

describe('segmentText', () => {
  it('cuts at highlight boundaries', () => {
    const segments = segmentText('a big cat', [{ start: 2, end: 5 }]);
    expect(segments.map((s) => [s.text, s.marked])).toEqual([
      ['a ', false],
      ['big', true],
      [' cat', false]
    ]);
  });
  it('handles a highlight crossing a removed span', () => {
    const segments = segmentText('keep drop keep', [{ start: 3, end: 7 }], [{ start: 5, end: 9, reason: 'boilerplate' }]);
    expect(segments.map((s) => [s.text, s.marked, s.removedReason])).toEqual([
      ['kee', false, null],
      ['p ', true, null],
      ['dr', true, 'boilerplate'],
      ['op', false, 'boilerplate'],
      [' keep', false, null]
    ]);
  });
  it('clips ranges to the requested slice and keeps absolute offsets', () => {
    const segments = segmentText('one two three', [{ start: 0, end: 13 }], [], 4, 7);
    expect(segments).toEqual([{ text: 'two', start: 4, marked: true, variantOf: null, removedReason: null }]);
  });
  it('keeps variant marks apart from exact ones, and lets an exact mark win an overlap', () => {
    const segments = segmentText('Deraa and Daraa', [
      { start: 0, end: 5 },
      { start: 10, end: 15, variantOf: 'Deraa' },
      { start: 0, end: 5, variantOf: 'Daraa' }
    ]);
    expect(segments.map((s) => [s.text, s.marked, s.variantOf])).toEqual([
      ['Deraa', true, null],
      [' and ', false, null],
      ['Daraa', true, 'Deraa']
    ]);
  });
});
