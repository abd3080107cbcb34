import { spellingLetters } from '@shared/search/spellingVariant';
import { describe, expect, it } from 'vitest';
import { isAcrossCandidate, opensAlike } from './variantModel';

const across = (a: string, b: string) => isAcrossCandidate(spellingLetters(a), spellingLetters(b));

describe('isAcrossCandidate', () => {
  it('weighs spellings a consonant apart that open alike and differ little in length', () => {
    expect(across('Anwar', 'Anuar')).toBe(true);
    expect(across('Nadja', 'Nadya')).toBe(true);
    expect(across('Qasim', 'Kassem')).toBe(true);
  });

  it('leaves out spellings that open otherwise or are 3+ letters apart in length', () => {
    expect(across('Kerry', 'Terry')).toBe(false);
    expect(across('Deraa', 'Idea')).toBe(false);
    expect(across('Mora', 'Morandini')).toBe(false);
  });

  it('opens alike on one letter, two vowels, or consonants one Arabic letter gives', () => {
    expect(opensAlike('qaddafi', 'gaddafi')).toBe(true);
    expect(opensAlike('ibrahim', 'ebrahim')).toBe(true);
    expect(opensAlike('wahid', 'vahid')).toBe(true);
    expect(opensAlike('hamid', 'kamid')).toBe(false);
    expect(opensAlike('amir', 'samir')).toBe(false);
  });
});
