import { describe, expect, it } from 'vitest';
import { seededRandom } from '@shared/text/seededRandom';
import { contentHash } from '../contentHash';
import { tidyText } from './plainText';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** The rules as plainly written: every pass over the whole text (what the fast paths must equal). */
function tidyReference(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(CONTROL, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s*\n/, '')
    .trim();
}

/** Random short texts over the characters the rules treat specially. */
function* randomTexts(seed: number, count: number): Generator<string> {
  const alphabet = ['a', 'B', ' ', '\n', '\r', '\t', '\f', '\u00a0', '\u0001', '\ufeff', '\u2028', '\u3000', 'é'];
  const random = seededRandom(seed);
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(random() * 16);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    yield text;
  }
}

describe('tidyText', () => {
  it('normalises line breaks, controls, trailing spaces and blank runs', () => {
    expect(tidyText('\r\n\r\nTalks fail  \r\n\r\n\r\n\fRebels\u0001 met.\t\n')).toBe('Talks fail\n\nRebels met.');
  });

  it('gives what the plain rules give, on any mix of the characters they touch', () => {
    for (const text of randomTexts(11, 20_000)) expect(tidyText(text), JSON.stringify(text)).toBe(tidyReference(text));
  });
});

describe('contentHash', () => {
  it('ignores case, line wrapping and spacing, and nothing else', () => {
    expect(contentHash('Rebels met\nin  Daraa.')).toBe(contentHash('rebels met in daraa.'));
    expect(contentHash('Rebels met in Daraa.')).not.toBe(contentHash('Rebels met in Deraa.'));
  });

  it('collapses every run of whitespace to one space, whatever the run is made of', () => {
    for (const text of randomTexts(12, 5_000)) {
      const words = text.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
      expect(contentHash(text), JSON.stringify(text)).toBe(contentHash(words));
    }
  });
});
