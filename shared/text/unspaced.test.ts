import { describe, expect, it } from 'vitest';
import { hasUnspaced, matchesInside, searchForm, splitUnspaced, unspacedLetters } from './unspaced';

const words = (part: string) => splitUnspaced(part).map((s) => part.slice(s.start, s.end));

describe('searchForm: what the full-text index reads', () => {
  it('puts a space around each word of a Chinese, Japanese or Thai run', () => {
    expect(searchForm('北京市政府宣布。')).toBe(' 北京市  政府  宣布 。');
    expect(searchForm('東京都の知事')).toBe(' 東京  都  の  知事 ');
    expect(searchForm('ภาษาไทย')).toBe(' ภาษา  ไทย ');
    expect(searchForm('keroro實在太duk')).toBe('keroro 實在  太 duk');
  });

  it('returns every other text as it was, the same string', () => {
    for (const text of [
      'Rebels in Daraa said the talks failed.',
      'المعارضة السورية تعلن فشل المفاوضات',
      'Переговоры в Дараа провалились',
      // A decomposed tilde and the modifier apostrophe name Han or kana among their script
      // extensions, and are no part of those scripts.
      'man\u0303ana, Ukraine\u02BCs',
      ''
    ]) {
      expect(searchForm(text)).toBe(text);
      expect(hasUnspaced(text)).toBe(false);
    }
  });

  it('never counts a letter or mark of another script, and counts every Han, kana and Thai letter', () => {
    const other =
      /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Hangul}\p{sc=Inherited}]/u;
    const ours = /(?=[\p{L}])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const inherited = /\p{sc=Inherited}/u.test(ch) && cp >= 0x3000;
      if (other.test(ch) && !inherited && hasUnspaced(ch)) wrong.push(`U+${cp.toString(16)} counted`);
      if (ours.test(ch) && !hasUnspaced(ch)) wrong.push(`U+${cp.toString(16)} missed`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('splitUnspaced', () => {
  it('gives the words ICU reads, with every letter in one of them', () => {
    expect(words('北京市政府')).toEqual(['北京市', '政府']);
    expect(words('東京都の知事は京都を訪れた')).toEqual(['東京', '都', 'の', '知事', 'は', '京都', 'を', '訪れ', 'た']);
    expect(words('2018年')).toEqual(['2018', '年']);
    expect(words('Daraa')).toEqual(['Daraa']);
  });
});

describe('matchesInside', () => {
  it('is true for one word of two characters or more of these scripts', () => {
    expect(matchesInside('北京')).toBe(true);
    expect(matchesInside('北')).toBe(false);
    expect(matchesInside('北京市政府')).toBe(false);
    expect(matchesInside('daraa')).toBe(false);
  });
});

describe('unspacedLetters: the units of a near-duplicate signature', () => {
  it('gives each letter of these scripts alone, a Thai letter with its marks, and other parts whole', () => {
    expect(unspacedLetters('北京市政府')).toEqual(['北', '京', '市', '政', '府']);
    expect(unspacedLetters('keroro實在太duk')).toEqual(['keroro', '實', '在', '太', 'duk']);
    expect(unspacedLetters('2018年')).toEqual(['2018', '年']);
    // กิ: a consonant and its vowel mark; ม่: a consonant and its tone mark.
    expect(unspacedLetters('กินม่วง')).toEqual(['กิ', 'น', 'ม่', 'ว', 'ง']);
    expect(unspacedLetters("Daraa's")).toEqual(["Daraa's"]);
  });
});
