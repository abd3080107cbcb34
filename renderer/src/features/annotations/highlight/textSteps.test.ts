import { describe, expect, it } from 'vitest';
import { nextWordEnd, previousWordEnd, sentenceRanges } from './textSteps';

describe('sentenceRanges', () => {
  it('steps through sentences, never across a paragraph', () => {
    const text = 'Shelling hit Daraa. “We ran,” he said! Then quiet\n\nA new day… began.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Shelling hit Daraa.',
      '“We ran,” he said!',
      'Then quiet',
      'A new day…',
      'began.'
    ]);
  });
});

describe('word steps', () => {
  const text = 'The army shelled Daraa on Tuesday.';
  it('moves an end one word right, taking the punctuation after it', () => {
    expect(text.slice(0, nextWordEnd(text, 8))).toBe('The army shelled');
    expect(text.slice(0, nextWordEnd(text, 25))).toBe(text);
  });
  it('moves an end one word left and never empties the range', () => {
    expect(text.slice(4, previousWordEnd(text, 16, 4))).toBe('army');
    expect(previousWordEnd(text, 8, 4)).toBe(5);
  });
});
