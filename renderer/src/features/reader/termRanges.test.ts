import { describe, expect, it } from 'vitest';
import { findTermRanges } from './termRanges';

const marked = (text: string, terms: string[]) => findTermRanges(text, terms).map((r) => text.slice(r.start, r.end));

describe('findTermRanges', () => {
  it('matches folded words, whatever their case or accents', () => {
    expect(marked('Talks in BUSRA and Buṣra al-Sham', ['busra'])).toEqual(['BUSRA', 'Buṣra']);
  });
  it('treats a trailing * as a prefix', () => {
    expect(marked('Negotiations and negotiators met; no negation.', ['negotiat*'])).toEqual(['Negotiations', 'negotiators']);
  });
  it('matches whole words only', () => {
    expect(marked('Russians in Russia', ['russia'])).toEqual(['Russia']);
  });
  it('finds a term inside a compound the index splits', () => {
    expect(marked('Busra al-Sham and Assad’s forces', ['sham', 'assad'])).toEqual(['Sham', 'Assad']);
  });
  it('keeps a part’s combining accents inside its mark (text in decomposed form)', () => {
    const decomposed = 'Ghariyah ash-Sharqi\u0304yah'; // ī as i + U+0304
    expect(marked(decomposed, ['sharqiyah'])).toEqual(['Sharqi\u0304yah']);
  });
  it('marks each word of a multi-word term', () => {
    expect(marked('Busra al-Sham talks', ['busra al-sham'])).toEqual(['Busra', 'al-Sham']);
  });
  it('marks a Chinese or Japanese word inside a sentence, and no characters that span two words', () => {
    const zh = '北京市政府周一宣布，将延长地铁的运营时间。';
    const text = (ranges: Array<{ start: number; end: number }>) => ranges.map((r) => zh.slice(r.start, r.end));
    expect(text(findTermRanges(zh, ['地铁']))).toEqual(['地铁']);
    expect(text(findTermRanges(zh, ['北京']))).toEqual(['北京市']);
    expect(findTermRanges(zh, ['市政'])).toEqual([]);
    expect(findTermRanges('東京都の知事', ['京都'])).toEqual([]);
    expect(findTermRanges('首都 北京。', ['北京'])).toEqual([{ start: 3, end: 5 }]);
  });

  it('marks a name written with any apostrophe the search takes as one, as the snippet does', () => {
    // The terms a search for Deraa gives when the library writes Dar'a (search:query `terms`).
    const terms = ['deraa', "dar'a", 'darʻa'];
    for (const mark of ["'", '’', '‘', '`', 'ʻ', 'ʼ']) {
      const text = `Rebels in Dar${mark}a said talks in Dar${mark}a failed; Deraa too.`;
      expect(marked(text, terms), mark).toEqual([`Dar${mark}a`, `Dar${mark}a`, 'Deraa']);
    }
    // Each part alone is no match: a lone `a` is not marked.
    expect(marked('Dar is a town', terms)).toEqual([]);
  });

  it('returns nothing without terms', () => {
    expect(findTermRanges('Busra', [])).toEqual([]);
    expect(findTermRanges('Busra', ['*'])).toEqual([]);
  });
});
