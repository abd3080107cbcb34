import { describe, expect, it } from 'vitest';
import { bagSize, coverage, wordBag } from './words';

describe('word multisets for extraction agreement', () => {
  it('folds case and compatibility forms, so ligatures and full-width letters count as their words', () => {
    // "ﬁnal" (U+FB01 ligature) and full-width "ＮＥＷＳ" are what PDFs and CJK layouts often hold.
    expect([...wordBag('ﬁnal Final ＮＥＷＳ news').entries()]).toEqual([
      ['final', 2],
      ['news', 2]
    ]);
  });

  it('counts repeats: a text that drops the second of two repeated words covers half of them', () => {
    expect(coverage(wordBag('budget'), wordBag('budget budget'))).toBe(0.5);
    expect(coverage(wordBag('budget budget budget'), wordBag('budget budget'))).toBe(1);
  });

  it('measures the reference covered, not the candidate: extra words cost nothing', () => {
    expect(coverage(wordBag('the cat sat on the mat'), wordBag('the cat'))).toBe(1);
    expect(coverage(wordBag('the cat'), wordBag('the cat sat on the mat'))).toBeCloseTo(2 / 6);
  });

  it('treats an empty reference as covered and counts words across scripts', () => {
    expect(coverage(wordBag(''), wordBag('  \n'))).toBe(1);
    expect(bagSize(wordBag('Москва – 2026: Zürich, 東京'))).toBe(4);
  });
});
