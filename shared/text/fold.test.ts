import { describe, expect, it } from 'vitest';
import { foldText, variantKey } from './fold';
import { countWords, tokenize } from './tokens';

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
  });
});
