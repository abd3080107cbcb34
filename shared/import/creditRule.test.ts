import { describe, expect, it } from 'vitest';
import { creditsUnderCurrentRule } from './creditRule';

describe('creditsUnderCurrentRule', () => {
  const QUOTE = 'Rates rose on Monday.\n\nA banker told the Reuters news agency: "We expected it."';

  it('takes away a credit rule 1 read only from a quote', () => {
    expect(creditsUnderCurrentRule(['Reuters'], QUOTE)).toEqual([]);
    expect(creditsUnderCurrentRule(['AP'], 'Rates rose, according to The Associated Press.')).toEqual([]);
    expect(creditsUnderCurrentRule(['Reuters'], 'Rates rose, Reuters is reporting.')).toEqual([]);
  });

  it('keeps a credit the text still gives, one it never gave that way, and one the byline or outlet names', () => {
    expect(creditsUnderCurrentRule(['Reuters'], `LONDON (Reuters) - ${QUOTE}`)).toEqual(['Reuters']);
    expect(creditsUnderCurrentRule(['Reuters', 'AFP'], `${QUOTE}\n\nThey left, a guard said. – AFP`)).toEqual(['AFP']);
    // A page's metadata credit: its text names no agency the old phrases read.
    expect(creditsUnderCurrentRule(['AP'], QUOTE)).toEqual(['AP']);
    expect(creditsUnderCurrentRule(['Reuters'], QUOTE, ['Reuters'])).toEqual(['Reuters']);
    // A source line was read as a list by both rules.
    expect(creditsUnderCurrentRule(['AFP'], 'Rates rose.\n\nSources: Al Jazeera and AFP (AFP)')).toEqual(['AFP']);
  });
});
