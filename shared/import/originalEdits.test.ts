import { describe, expect, it } from 'vitest';
import { decodeOriginalEdits, encodeOriginalEdits, isSpaceUnit, originalFromStored, storedOriginal } from './originalEdits';

/** Stores and reads back as the library does; the text read must be the original, byte for byte. */
function roundTrip(body: string, original: string): string | null {
  return originalFromStored(body, storedOriginal(body, original));
}

const WIRE_ORIGINAL = [
  'BAHIA COCOA REVIEW',
  '',
  'SALVADOR, Feb 26 - Showers continued throughout the week in',
  'the Bahia cocoa zone, alleviating the drought since early',
  '    The dry period means the temporao will be late this year.',
  ' REUTER',
  ''
].join('\n');
const WIRE_BODY = [
  'BAHIA COCOA REVIEW',
  'SALVADOR, Feb 26 - Showers continued throughout the week in',
  'the Bahia cocoa zone, alleviating the drought since early',
  'The dry period means the temporao will be late this year.',
  'REUTER'
].join('\n\n');

describe('original stored as whitespace edits', () => {
  it('rebuilds a hard-wrapped, indented wire story from edits a fraction of its size', () => {
    const stored = storedOriginal(WIRE_BODY, WIRE_ORIGINAL);
    expect(stored.original).toBeNull();
    expect(stored.originalEdits!.length).toBeLessThan(WIRE_ORIGINAL.length / 5);
    expect(roundTrip(WIRE_BODY, WIRE_ORIGINAL)).toBe(WIRE_ORIGINAL);
  });

  it.each([
    ['CRLF line ends', 'One two.\n\nThree four.', 'One two.\r\nThree four.\r\n'],
    ['tabs', 'One two.\n\nThree four.', '\tOne\ttwo.\n\t\tThree four.'],
    ['NBSP and narrow NBSP', 'One two three.', 'One\u00a0two\u202fthree.'],
    ['U+2028 and U+2029', 'One two.\n\nThree.', 'One two.\u2028Three.\u2029'],
    ['trailing spaces', 'One two.\n\nThree.', 'One two.   \nThree.  \n  '],
    ['empty lines', 'One.\n\nTwo.', '\n\n\nOne.\n\n\n\n\nTwo.\n\n\n'],
    ['leading whitespace only in the body', '  One two.', 'One two.'],
    ['BOM and ideographic space', 'One two.', '\ufeffOne\u3000two.'],
    ['a body that is all whitespace', '  \n ', '\t\t'],
    ['an empty body', '', '\n\n  '],
    ['digits and semicolons in the words', 'a;b 12; 3;4', 'a;b\n12;\t\t3;4'],
    ['astral characters beside the gaps', '😀 x 😀', '😀\n\nx\u00a0😀']
  ])('round-trips %s byte for byte', (_, body, original) => {
    expect(roundTrip(body, original)).toBe(original === body ? null : original);
  });

  it('keeps in full an original whose words differ from the body (a line set aside, an entity repaired)', () => {
    expect(storedOriginal('Talks failed.', 'Talks failed.\nFollow us on Twitter')).toEqual({
      original: 'Talks failed.\nFollow us on Twitter',
      originalEdits: null
    });
    expect(encodeOriginalEdits('Tom & Jerry', 'Tom &amp; Jerry')).toBeNull();
    // A word split or joined is a change of words, not of whitespace.
    expect(encodeOriginalEdits('ab cd', 'a b cd')).toBeNull();
    expect(encodeOriginalEdits('a b cd', 'ab cd')).toBeNull();
    expect(encodeOriginalEdits('a b', 'a b c')).toBeNull();
    expect(encodeOriginalEdits('a b c', 'a b')).toBeNull();
  });

  it('stores nothing for a text clean-up left as it was', () => {
    expect(storedOriginal('Same text.', 'Same text.')).toEqual({ original: null, originalEdits: null });
    expect(roundTrip('Same text.', 'Same text.')).toBeNull();
  });

  it('keeps whole a text whose edits would not be shorter', () => {
    const body = 'a b c d e f';
    const original = 'a\tb\tc\td\te\tf';
    expect(storedOriginal(body, original)).toEqual({ original, originalEdits: null });
  });

  it('round-trips random texts of every whitespace shape (fixed seed)', () => {
    let seed = 12;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const spaces = [' ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\v', '\f'];
    const letters = ['a', 'Z', '7', ';', 'é', '😀', '\u200b', '-'];
    const gapOf = () => Array.from({ length: next(4) }, () => spaces[next(spaces.length)]).join('');
    for (let n = 0; n < 500; n++) {
      const words = Array.from({ length: next(30) }, () =>
        Array.from({ length: 1 + next(5) }, () => letters[next(letters.length)]).join('')
      );
      const join = () => gapOf() + words.map((w, k) => (k ? gapOf() || ' ' : '') + w).join('') + gapOf();
      const body = join();
      const original = join();
      expect(roundTrip(body, original), JSON.stringify({ body, original })).toBe(original === body ? null : original);
    }
  });

  it('gives no text for edits that do not fit the body, so a damaged row shows the clean text', () => {
    const edits = encodeOriginalEdits(WIRE_BODY, WIRE_ORIGINAL)!;
    expect(decodeOriginalEdits('Short.', edits)).toBeUndefined();
    expect(decodeOriginalEdits(WIRE_BODY, 'x;')).toBeUndefined();
    expect(decodeOriginalEdits(WIRE_BODY, '3\n')).toBeUndefined();
    expect(originalFromStored('Short.', { original: null, originalEdits: edits })).toBeNull();
  });

  it('counts as whitespace exactly what \\s does', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c.toString(16));
    expect(disagree).toEqual([]);
  });
});
