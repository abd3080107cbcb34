import { spellingLetters } from '@shared/search/spellingVariant';
import { describe, expect, it } from 'vitest';
import { ACROSS_SHAPE_NAMES, acrossShapeFeatures } from './acrossShape';

const shape = (a: string, b: string) => {
  const features = acrossShapeFeatures(spellingLetters(a), spellingLetters(b));
  return Object.fromEntries(ACROSS_SHAPE_NAMES.map((name, i) => [name, features[i]]));
};

describe('acrossShapeFeatures', () => {
  it('reads a semivowel written as a consonant in one spelling and a vowel in the other', () => {
    expect(shape('Anwar', 'Anuar')['consonant for a vowel']).toBe(1);
    expect(shape('Raduan', 'Redwan')['consonant for a vowel']).toBe(1);
    expect(shape('Anwar', 'Anuar')['consonant for a consonant']).toBe(0);
  });

  it('reads two names a consonant apart as a consonant for another, with other vowels', () => {
    const declan = shape('Declan', 'Dublin');
    expect(declan['consonant for a consonant']).toBe(1);
    expect(declan['consonant changed (not added)']).toBe(1);
    expect(declan['vowel pattern distance']).toBeGreaterThan(shape('Marcal', 'Marsal')['vowel pattern distance'] as number);
  });

  it('weighs one consonant against the length of the skeleton', () => {
    expect(shape('Blandford', 'Blanford')['consonant edit per consonant of the longer skeleton']).toBeCloseTo(1 / 7);
    expect(shape('Boen', 'Bowen')['consonant edit per consonant of the longer skeleton']).toBeCloseTo(1 / 3);
    expect(shape('Boen', 'Bowen')['length ratio']).toBeCloseTo(4 / 5);
  });
});
