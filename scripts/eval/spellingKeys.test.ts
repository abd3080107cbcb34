import { spellingLetters } from '@shared/search/spellingVariant';
import { describe, expect, it } from 'vitest';
import { sharesSpellingKey, spellingKeys } from './spellingKeys';

const shares = (a: string, b: string) => sharesSpellingKey(spellingLetters(a), spellingLetters(b));

describe('spellingKeys', () => {
  it('keys a skeleton of 3+ consonants also less each consonant', () => {
    expect(spellingKeys(spellingLetters('Anwar'))).toEqual(['nfr', 'fr', 'nr', 'nf']);
    expect(spellingKeys(spellingLetters('Daua'))).toEqual(['d']);
  });

  it('brings together skeletons a consonant apart, not short ones', () => {
    expect(shares('Anwar', 'Anuar')).toBe(true);
    expect(shares('Bowen', 'Boen')).toBe(true);
    expect(shares('Ayers', 'Ayres')).toBe(true);
    // NB: two consonants (d-f) are not keyed less one: that would meet every name with a d.
    expect(shares('Dawa', 'Daua')).toBe(false);
  });
});
