import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64';

describe('decodeBase64', () => {
  it('gives back the bytes of a PDF header, high bytes included', () => {
    // "%PDF-1.7\n%\xE2\xE3\xCF\xD3" as a PDF writer starts its file.
    expect([...decodeBase64('JVBERi0xLjcKJeLjz9M=')]).toEqual([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3
    ]);
  });

  it('gives no bytes for empty text', () => {
    expect(decodeBase64('')).toHaveLength(0);
  });
});
