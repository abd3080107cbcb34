import { describe, expect, it } from 'vitest';
import { minhashSignature, signatureSimilarity, wordHashes } from './minhash';
import { foldedWords } from './tokens';

/** FNV-1a of a string's UTF-16 code units, written out here as the reference. */
function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The words' hashes the way the import took them before the fast scan: `foldedWords`, then FNV-1a. */
function reference(text: string): number[] {
  return foldedWords(text).map(fnv);
}

describe('wordHashes', () => {
  const texts = [
    'Rebels met a Russian delegation on Wednesday.',
    "U.S. officials said 2,000 al-Sham fighters' guns - and 3.5 mln dlrs - were 'handed over'.",
    'a--b a..b a.,b end. -lead trail- ,x, 1,400,000 x.y.z',
    'UPPER lower MiXeD 0123 A-Z',
    'tabs\tand\r\nline\nbreaks\rhere',
    '',
    '   ',
    "'quoted' \"double\" (brackets) [square] {curly} @at #hash $5 100% a&b",
    'back`tick makes the text not plain',
    'Ğhariyah ash-Sharqīyah — Daraa’s “final answer”',
    'control\u0001character',
    'word'
  ];
  for (const text of texts) {
    it(`hashes the words foldedWords gives: ${JSON.stringify(text)}`, () => {
      const { hashes, count } = wordHashes(text);
      expect([...hashes.subarray(0, count)]).toEqual(reference(text));
    });
  }

  it('says whether the text was plain ASCII', () => {
    expect(wordHashes('Plain text, 2 lines.\n').plainAscii).toBe(true);
    expect(wordHashes('Daraa’s').plainAscii).toBe(false);
    expect(wordHashes('back`tick').plainAscii).toBe(false);
  });
});

describe('wordHashes of Chinese, Japanese, Thai…', () => {
  it('hashes each letter of those scripts, and the other words as foldedWords gives them', () => {
    const { hashes, count } = wordHashes('北京-上海 Daraa’s ｶﾀ 2018年');
    // ｶﾀ (half-width) is read as カタ: a copy that differs only in width is the same text.
    expect([...hashes.subarray(0, count)]).toEqual(['北', '京', '上', '海', 'daraa’s', 'カ', 'タ', '2018', '年'].map((w) => fnv(w === 'daraa’s' ? foldedWords('Daraa’s')[0]! : w)));
  });

  it('gives a short Chinese text a signature, and one changed sentence leaves it close', () => {
    const text = '市政府周三宣布延长地铁运营时间。新的时刻表将在周五公布。末班车将推迟到午夜以后。一些市民表示欢迎。交通局表示目前没有调整票价的计划。';
    const edited = text.replace('新的时刻表将在周五公布。', '部分车站将增加安检人员。');
    // Before session 13 each run between punctuation was one word: five words, one shingle, which
    // any change anywhere changed.
    expect(foldedWords(text)).toHaveLength(5);
    expect(signatureSimilarity(minhashSignature(text)!, minhashSignature(edited)!)).toBeGreaterThanOrEqual(0.5);
  });
});
