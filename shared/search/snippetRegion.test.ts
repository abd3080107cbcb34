import { describe, expect, it } from 'vitest';
import { matchLocator } from './snippetRegion';
import type { QueryTerm } from './types';

const found = (terms: QueryTerm[], text: string) =>
  [...text.matchAll(matchLocator(terms, new Map())?.pattern ?? /$^/g)].map((m) => m[0]);

describe('matchLocator', () => {
  it('finds a word only whole, and a prefix only at a word’s start, as the index splits words', () => {
    const terms: QueryTerm[] = [
      { kind: 'word', text: 'Russia', words: ['russia'] },
      { kind: 'prefix', text: 'negotiat', words: ['negotiat'] }
    ];
    expect(found(terms, 'Russians and Belarussia; Russia’s renegotiation, Negotiators; RUSSIA.')).toEqual([
      'Russia',
      'Negotiat',
      'RUSSIA'
    ]);
  });

  it('finds the words of a compound whatever separates them', () => {
    const terms: QueryTerm[] = [{ kind: 'word', text: 'al-Sham', words: ['al-sham'] }];
    expect(found(terms, 'Busra al-Sham, al Sham, al–Sham and alSham')).toEqual(['al-Sham', 'al Sham', 'al–Sham']);
  });
});
