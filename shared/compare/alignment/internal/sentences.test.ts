import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { alignWords } from './words';

const sentences = (text: string): string[] => splitSentences(text, alignWords(text)).map((s) => text.slice(s.start, s.end));

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

  it('ends a sentence where scraping lost the space after the full stop', () => {
    expect(sentences('a noteworthy botanist.On visits to Mexico')).toEqual(['a noteworthy botanist.', 'On visits to Mexico']);
  });

  it('gives every word to exactly one sentence', () => {
    const text = 'One two. Three four.\n\nFive';
    const words = alignWords(text);
    const all = splitSentences(text, words).flatMap((s) => words.slice(s.wordStart, s.wordEnd).map((w) => w.norm));
    expect(all).toEqual(['one', 'two', 'three', 'four', 'five']);
  });
});
