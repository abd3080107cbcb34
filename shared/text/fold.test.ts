import { describe, expect, it } from 'vitest';
import { foldText, variantKey } from './fold';
import { seededRandom } from './seededRandom';
import { countWords, foldedWords, tokenize } from './tokens';

describe('foldText', () => {
  it('removes case, diacritics and typographic apostrophes', () => {
    expect(foldText('Ğhariyah ash-Sharqīyah')).toBe('ghariyah ash-sharqiyah');
    expect(foldText('Assad’s')).toBe("assad's");
    expect(foldText('Straße')).toBe('strasse');
  });
  it('folds plain ASCII text, backtick apostrophes included', () => {
    expect(foldText('BEIRUT, July 4 (Reuters)')).toBe('beirut, july 4 (reuters)');
    expect(foldText('Jabbawi`s')).toBe("jabbawi's");
  });
});

describe('variantKey', () => {
  it('gives the spellings of one name in the seeds one key', () => {
    expect(variantKey('Deraa')).toBe(variantKey('Daraa'));
    expect(variantKey("Dar'a")).toBe(variantKey('Daraa'));
    expect(variantKey('Jabawi')).toBe(variantKey('Jabbawi'));
  });
  it('keeps different names apart', () => {
    expect(variantKey('Daraa')).not.toBe(variantKey('Quneitra'));
    expect(variantKey('Busra')).not.toBe(variantKey('Beirut'));
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'In Deraa, “1,400” fled';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['in', 'deraa', '1,400', 'fled']);
    for (const t of tokens) expect(foldText(text.slice(t.start, t.end))).toBe(t.norm);
  });
  it('counts words', () => {
    expect(countWords('Russia strikes Daraa after failure')).toBe(5);
    expect(countWords('  ')).toBe(0);
    // Inner apostrophes, hyphens and separators join; doubled or trailing ones do not.
    expect(countWords("Assad's al-Sham 1,400 U.S. 3.5 a--b c- -d e.,f")).toBe(11);
    expect(countWords('Daraa’s Jabbāwī said')).toBe(3);
  });
  it('counts the words ICU reads in Chinese, Japanese and Thai runs, not one per run', () => {
    expect(countWords('北京市政府宣布')).toBe(3);
    // A joiner between two runs is no word; Latin beside a run counts as before.
    expect(countWords('北京-上海 al-Sham keroro實在太duk')).toBe(2 + 1 + 4);
    expect(countWords('東京都知事が大阪を訪問')).toBeGreaterThan(4);
  });

  it('counts plain ASCII the way tokenize splits it, on any mix of letters, digits and marks', () => {
    const alphabet = "aZ09 '-.,`!\t/()";
    const random = seededRandom(7);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(countWords(text), JSON.stringify(text)).toBe(tokenize(text).length);
    }
  });
});

describe('foldedWords', () => {
  it('gives tokenize’s folded words, for ASCII and for accented text', () => {
    for (const text of ['In Deraa, “1,400” fled', 'Rebels in DARAA met at 10.30', 'Ğhariyah ash-Sharqīyah STRASSE Straße', 'quote `here` ok']) {
      expect(foldedWords(text)).toEqual(tokenize(text).map((t) => t.norm));
    }
  });
});
