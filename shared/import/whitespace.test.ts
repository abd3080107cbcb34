import { describe, expect, it } from 'vitest';
import { seededRandom } from '@shared/text/seededRandom';
import { normalizeSpaces } from './whitespace';

/** The rule spelled out the slow way: what the fast path must agree with. */
function reference(line: string): string {
  return line
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

describe('normalizeSpaces', () => {
  it('turns odd spaces into one plain space, drops invisible characters and trims', () => {
    expect(normalizeSpaces('\u00a0Rebels\u200b  met\u00ad ')).toBe('Rebels met');
    expect(normalizeSpaces('Daraa,\tJuly\u20094')).toBe('Daraa, July 4');
  });

  it('returns a clean line as it is', () => {
    expect(normalizeSpaces('Rebels met Russian officers in Busra al-Sham.')).toBe('Rebels met Russian officers in Busra al-Sham.');
  });

  it('agrees with the rule on thousands of random lines', () => {
    const random = seededRandom(7);
    // Every character the rule touches, and neighbours it must leave (U+200C/D, U+2028, U+00A1…).
    const alphabet = ['a', 'b', ' ', ' ', '\t', '\u00a0', '\u200b', '\u00ad', '\u3000', '.', 'é', '\u200d'];
    alphabet.push('\v', '\f', '\n', '\r', '\u1680', '\u2000', '\u2005', '\u200a', '\u200c', '\u2028', '\u202f', '\u205f', '\u2060', '\ufeff', '\u00a1', '\u00ac', '\u1fff', '\u3001');
    for (let n = 0; n < 20000; n++) {
      let line = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) line += alphabet[Math.floor(random() * alphabet.length)];
      expect(normalizeSpaces(line), JSON.stringify(line)).toBe(reference(line));
    }
  });
});
