import { describe, expect, it } from 'vitest';
import { porterStem } from './stem';

describe('porterStem', () => {
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
    expect(porterStem(word)).toBe(stem);
  });

  it('gives the inflections alignment must match one stem', () => {
    const negotiat = porterStem('negotiations');
    expect(porterStem('negotiated')).toBe(negotiat);
    expect(porterStem('negotiating')).toBe(negotiat);
    expect(porterStem('surrenders')).toBe(porterStem('surrendered'));
  });

  it('leaves numbers, short words and other scripts alone', () => {
    expect(porterStem('1,400')).toBe('1,400');
    expect(porterStem('as')).toBe('as');
    expect(porterStem('درعا')).toBe('درعا');
  });
});
