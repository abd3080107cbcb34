import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

const sentences = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at full stops, keeping closing quotes and opening ones', () => {
    expect(sentences('The talks failed. "No negotiations under threat," it added. Then? Silence!')).toEqual([
      'The talks failed.',
      '"No negotiations under threat," it added.',
      'Then?',
      'Silence!'
    ]);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(sentences('Mr. Assad met Gen. Smith and J. Doe in the U.S. yesterday. They left.')).toEqual([
      'Mr. Assad met Gen. Smith and J. Doe in the U.S. yesterday.',
      'They left.'
    ]);
  });

  it('ends a paragraph at a blank line and a heading at a line break before a capital', () => {
    expect(sentences('Rebels’ ‘final answer’?\n\nThe meeting followed\nTuesday’s session\nwhich ended')).toEqual([
      'Rebels’ ‘final answer’?',
      'The meeting followed',
      'Tuesday’s session\nwhich ended'
    ]);
  });

  it('reads No. as an abbreviation before a figure only', () => {
    expect(sentences('He lives at No. 10 Downing Street. The answer was no. Talks ended.')).toEqual([
      'He lives at No. 10 Downing Street.',
      'The answer was no.',
      'Talks ended.'
    ]);
  });

  it('reads a dotted weekday or month written out before its day as no sentence end', () => {
    expect(sentences('Fri., May. 3, 2013 11: 45 AM PDT\nTalks on Tue., Jan. 15, 2019 ended. Inc., which left.')).toEqual([
      'Fri., May. 3, 2013 11: 45 AM PDT',
      'Talks on Tue., Jan. 15, 2019 ended.',
      'Inc., which left.'
    ]);
    // Before a count, or a day that the next words show to be one, the month ends its sentence.
    expect(sentences('He arrived in May. 3 people died. She left in June. 12th Street was shut.')).toEqual([
      'He arrived in May.',
      '3 people died.',
      'She left in June.',
      '12th Street was shut.'
    ]);
  });

  it('knows dotted initials by their shape and the titles of either former list', () => {
    expect(sentences('The U.S.A. envoy met Maj. Haddad at 5 p.m. Talks began. Fig. 3 shows it.')).toEqual([
      'The U.S.A. envoy met Maj. Haddad at 5 p.m. Talks began.',
      'Fig. 3 shows it.'
    ]);
  });

  it('ends a sentence before a word in a script without capitals', () => {
    expect(sentences('Talks ended. درعا صامدة. 北京 heard.')).toEqual(['Talks ended.', 'درعا صامدة.', '北京 heard.']);
  });

  it('ends a sentence at a Chinese or Japanese full stop, with no space after it', () => {
    expect(sentences('市政府周三宣布，地铁将延长运营。新的时刻表将在周五公布！票价不变吗？')).toEqual([
      '市政府周三宣布，地铁将延长运营。',
      '新的时刻表将在周五公布！',
      '票价不变吗？'
    ]);
    expect(sentences('図書館は夜九時まで開館する。学習室も開放される。')).toEqual(['図書館は夜九時まで開館する。', '学習室も開放される。']);
  });

  it('gives every word to exactly one sentence', () => {
    const text = 'One two. Three four.\n\nFive';
    const words = tokenize(text);
    const all = splitSentences(text, words).flatMap((s) => words.slice(s.wordStart, s.wordEnd).map((w) => w.norm));
    expect(all).toEqual(['one', 'two', 'three', 'four', 'five']);
  });
});
