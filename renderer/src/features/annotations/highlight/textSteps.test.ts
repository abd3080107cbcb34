import { describe, expect, it } from 'vitest';
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, sentenceRanges } from './textSteps';

describe('sentenceRanges', () => {
  it('steps through sentences, never across a paragraph', () => {
    const text = 'Shelling hit Daraa. “We ran,” he said! Then quiet\n\nA new day… began.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Shelling hit Daraa.',
      '“We ran,” he said!',
      'Then quiet',
      'A new day… began.'
    ]);
  });

  it('takes no step after a title, an initial or No. before a figure', () => {
    const text = 'Mr. Assad met J. Smith at No. 10. Talks ended.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['Mr. Assad met J. Smith at No. 10.', 'Talks ended.']);
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
  it('moves a start one word left, taking an opening quote, and one word right, never emptying the range', () => {
    expect(text.slice(previousWordStart(text, 17), 22)).toBe('shelled Daraa');
    expect(text.slice(previousWordStart(text, 16), 22)).toBe('shelled Daraa');
    expect(previousWordStart(text, 0)).toBe(0);
    const quoted = 'He said “We ran” then.';
    expect(quoted.slice(previousWordStart(quoted, 12), 15)).toBe('“We ran');
    expect(text.slice(nextWordStart(text, 4, 22), 22)).toBe('shelled Daraa');
    expect(text.slice(nextWordStart(text, 17, 22), 22)).toBe('a');
  });
});
