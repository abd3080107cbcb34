import { describe, expect, it } from 'vitest';
import { itemsBySpan, mergeSpans, splitParagraphs, lineSentences } from './spans';

const sentences = (text: string) => lineSentences(text).map((s) => text.slice(s.start, s.end));

describe('lineSentences', () => {
  it('splits at sentence ends but not after titles, abbreviations or initials', () => {
    expect(sentences('Talks failed. Mr. Jabbawi said so. The U.N. offices were shut. Gen. Smith left!')).toEqual([
      'Talks failed.',
      'Mr. Jabbawi said so.',
      'The U.N. offices were shut.',
      'Gen. Smith left!'
    ]);
  });

  it('keeps closing quotes with their sentence and never crosses a line', () => {
    expect(sentences('He said “no.” Then he left\nNext line')).toEqual(['He said “no.”', 'Then he left', 'Next line']);
  });

  it('splits lines by the kernel rules, keeping what opens or closes the line', () => {
    expect(sentences('— J. Smith said so. Talks ended at No. 10 (AP)\n***')).toEqual([
      '— J. Smith said so.',
      'Talks ended at No. 10 (AP)',
      '***'
    ]);
  });

  it('leaves out a full stop or comma that a paragraph break put at the start of the next line (seed 004)', () => {
    expect(sentences('to seize power in the South\n. About 90 minutes later, talks failed.\n, and rebels left')).toEqual([
      'to seize power in the South',
      'About 90 minutes later, talks failed.',
      'and rebels left'
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('It rose 3.5 per cent. in March, officials said.')).toEqual([
      'It rose 3.5 per cent. in March, officials said.'
    ]);
  });
});

describe('splitParagraphs', () => {
  it('gives trimmed non-blank lines', () => {
    const text = '  First \n\n\tSecond\n';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['First', 'Second']);
  });
});

describe('mergeSpans and itemsBySpan', () => {
  it('merges spans separated only by whitespace', () => {
    const text = 'One. Two.\n\nThree. Four.';
    expect(
      mergeSpans(text, [
        { start: 12, end: 18 },
        { start: 0, end: 4 },
        { start: 5, end: 9 }
      ])
    ).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 18 }
    ]);
  });

  it('puts each item in the span it lies in', () => {
    const items = [
      { start: 0, end: 2 },
      { start: 3, end: 5 },
      { start: 8, end: 9 }
    ];
    expect(
      itemsBySpan(items, [
        { start: 0, end: 6 },
        { start: 6, end: 10 }
      ])
    ).toEqual([[items[0], items[1]], [items[2]]]);
  });
});
