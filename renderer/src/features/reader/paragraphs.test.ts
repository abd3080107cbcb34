import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets into the whole text', () => {
    const text = '  One.\nstill one.\n\n \nTwo.\n\n\n';
    const parts = splitParagraphs(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['One.\nstill one.', 'Two.']);
  });
  it('gives no paragraphs for an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n ')).toEqual([]);
  });
});
