import { describe, expect, it } from 'vitest';
import { inflectionStem, wordFamilyStem } from './stem';

describe('wordFamilyStem', () => {
  // Examples from Porter's paper, "An algorithm for suffix stripping" (1980), step by step.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['generalization', 'gener'],
    ['hopefulness', 'hope'],
    ['allowance', 'allow'],
    ['adjustment', 'adjust'],
    ['adoption', 'adopt'],
    ['controll', 'control'],
    ['probate', 'probat']
  ])('%s → %s', (word, stem) => {
    expect(wordFamilyStem(word)).toBe(stem);
  });

  it('gives the inflections alignment must match one stem', () => {
    const negotiat = wordFamilyStem('negotiations');
    expect(wordFamilyStem('negotiated')).toBe(negotiat);
    expect(wordFamilyStem('negotiating')).toBe(negotiat);
    expect(wordFamilyStem('surrenders')).toBe(wordFamilyStem('surrendered'));
  });

  it('leaves numbers, short words and other scripts alone', () => {
    expect(wordFamilyStem('1,400')).toBe('1,400');
    expect(wordFamilyStem('as')).toBe('as');
    expect(wordFamilyStem('درعا')).toBe('درعا');
  });
});

describe('inflectionStem', () => {
  it('stems plurals, possessives and common verb endings, not more', () => {
    expect(['civilians', 'weapons', "assad's", 'insisted', 'negotiating', 'cities', 'process', 'news'].map(inflectionStem)).toEqual([
      'civilian',
      'weapon',
      'assad',
      'insist',
      'negotiat',
      'city',
      'process',
      'news'
    ]);
  });
});
