import { describe, expect, it } from 'vitest';
import { normalizeWithMap, toOriginal } from './normalize';

describe('normalizeWithMap', () => {
  it('folds quote marks, dashes, case and whitespace runs, mapping each unit back to its original', () => {
    const n = normalizeWithMap('“Hi”  —\n there');
    expect(n.text).toBe('"hi" - there');
    // '"' 'h' 'i' '"' from 0..3; the space from the two spaces 4..6; '-' from 6; the space from '\n ' 7..9.
    expect([...n.start]).toEqual([0, 1, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13]);
    expect([...n.end]).toEqual([1, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14]);
  });

  it('expands ligatures and drops accents, soft hyphens and zero-width spaces', () => {
    const n = normalizeWithMap('ﬁne cafe\u0301 co\u00adop\u200b!');
    expect(n.text).toBe('fine cafe coop!');
    // Both letters of "fi" come from the one ligature at 0.
    expect([...n.start.slice(0, 2)]).toEqual([0, 0]);
    expect([...n.end.slice(0, 2)]).toEqual([1, 1]);
  });

  it('treats NFC and NFD accents alike', () => {
    expect(normalizeWithMap('Déjà vu').text).toBe(normalizeWithMap('De\u0301ja\u0300 vu').text);
  });
});

describe('toOriginal', () => {
  it('maps a range of the copy back to the original text it came from', () => {
    const original = 'The  ‘final   answer’ came.';
    const n = normalizeWithMap(original);
    const from = n.text.indexOf("'final answer'");
    const { start, end } = toOriginal(n, from, from + "'final answer'".length, original.length);
    expect(original.slice(start, end)).toBe('‘final   answer’');
  });
});
