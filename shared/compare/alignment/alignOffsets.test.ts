import { describe, expect, it } from 'vitest';
import { codePointOffsets } from './alignOffsets';

describe('codePointOffsets', () => {
  it('counts an astral character as one code point', () => {
    // '😀' is 2 UTF-16 units; 'é' and 'a' one each.
    const text = 'a😀é😀b';
    const toCp = codePointOffsets(text);
    expect([0, 1, 3, 4, 6, 7].map(toCp)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('maps an offset inside a surrogate pair to the character it belongs to', () => {
    expect(codePointOffsets('😀x')(1)).toBe(0);
  });

  it('is the identity for text without astral characters', () => {
    const toCp = codePointOffsets('Deraa, “1,400” fled');
    expect(toCp(7)).toBe(7);
    expect(toCp(19)).toBe(19);
  });
});
