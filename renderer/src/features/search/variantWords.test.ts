import { describe, expect, it } from 'vitest';
import { markVariants, variantInfo } from './variantWords';

describe('variantInfo', () => {
  it('names each variant in the case the word was typed, and maps it back to that word', () => {
    const info = variantInfo({ query: 'Deraa talks', terms: ['deraa', 'talks', 'daraa'], variants: { deraa: ['daraa'] } });
    expect(info.groups).toEqual([{ typed: 'Deraa', variants: ['Daraa'], included: true }]);
    expect(info.variantOf.get('daraa')).toBe('Deraa');
  });
  it('follows lower and upper case too', () => {
    expect(
      variantInfo({ query: 'jabawi', terms: ['jabawi', 'jabbawi'], variants: { jabawi: ['jabbawi'] } }).groups[0]?.variants
    ).toEqual(['jabbawi']);
    expect(
      variantInfo({ query: 'DERAA', terms: ['deraa', 'daraa'], variants: { deraa: ['daraa'] } }).groups[0]?.variants
    ).toEqual(['DARAA']);
  });
  it('does not treat a word the user typed as a variant', () => {
    const info = variantInfo({
      query: 'Deraa Daraa',
      terms: ['deraa', 'daraa'],
      variants: { deraa: ['daraa'], daraa: ['deraa'] }
    });
    expect(info.groups).toEqual([]);
    expect(info.variantOf.size).toBe(0);
  });
  it('says an excluded word’s variants were left out, and never marks them', () => {
    const info = variantInfo({ query: 'Busra -Deraa', terms: ['busra', 'daraa'], variants: { deraa: ['daraa'] } });
    expect(info.groups).toEqual([{ typed: 'Deraa', variants: ['Daraa'], included: false }]);
    expect(info.variantOf.size).toBe(0);
  });
  it('folds index words the engine spells its own way', () => {
    const info = variantInfo({ query: 'strasse', terms: ['strasse', 'straße'], variants: { strasse: ['straße', 'strase'] } });
    expect(info.groups[0]?.variants).toEqual(['strase']);
  });
});

describe('markVariants', () => {
  it('marks ranges whose word is a variant, and leaves the rest exact', () => {
    const text = 'Deraa and Daraa, “Busra al-Sham”';
    const variantOf = new Map([['daraa', 'Deraa']]);
    const marks = markVariants(
      text,
      [
        { start: 0, end: 5 },
        { start: 10, end: 15 },
        { start: 18, end: 31 }
      ],
      variantOf
    );
    expect(marks).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15, variantOf: 'Deraa' },
      { start: 18, end: 31 }
    ]);
  });
  it('compares folded words', () => {
    expect(markVariants('DARAA', [{ start: 0, end: 5 }], new Map([['daraa', 'Deraa']]))[0]?.variantOf).toBe('Deraa');
  });
});
