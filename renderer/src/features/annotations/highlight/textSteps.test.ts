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
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Mr. Assad met J. Smith at No. 10.',
      'Talks ended.'
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
  it('moves a start one word left, taking an opening quote, and one word right, never emptying the range', () => {
    expect(text.slice(previousWordStart(text, 17), 22)).toBe('shelled Daraa');
    expect(text.slice(previousWordStart(text, 16), 22)).toBe('shelled Daraa');
    expect(previousWordStart(text, 0)).toBe(0);
    const quoted = 'He said “We ran” then.';
    expect(quoted.slice(previousWordStart(quoted, 12), 15)).toBe('“We ran');
    expect(text.slice(nextWordStart(text, 4, 22), 22)).toBe('shelled Daraa');
    expect(text.slice(nextWordStart(text, 17, 22), 22)).toBe('a');
  });
  it('steps by the text kernel’s words: a compound, a figure and initials are one step, a dash none', () => {
    const news = 'Talks with U.S. envoys in Busra al-Sham - 2,000 fled.';
    const ends: string[] = [];
    for (let at = 'Talks with'.length; at < news.length; at = nextWordEnd(news, at))
      ends.push(news.slice(0, nextWordEnd(news, at)));
    expect(ends).toEqual([
      'Talks with U.S.',
      'Talks with U.S. envoys',
      'Talks with U.S. envoys in',
      'Talks with U.S. envoys in Busra',
      'Talks with U.S. envoys in Busra al-Sham',
      'Talks with U.S. envoys in Busra al-Sham - 2,000',
      news
    ]);
    const at2000 = news.indexOf('fled');
    expect(news.slice(previousWordStart(news, at2000), at2000)).toBe('2,000 ');
    expect(news.slice(0, previousWordEnd(news, at2000 + 4, 0))).toBe('Talks with U.S. envoys in Busra al-Sham - 2,000');
    expect(news.slice(nextWordStart(news, news.indexOf('al-Sham'), news.length))).toBe('2,000 fled.');
    // A word longer than the stretch read back from the cursor (a URL, a table's row run together).
    const long = `Alpha ${'x'.repeat(300)} beta`;
    expect(previousWordEnd(long, 306, 0)).toBe('Alpha'.length);
  });
});
