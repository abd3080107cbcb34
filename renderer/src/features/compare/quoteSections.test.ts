import { describe, expect, it } from 'vitest';
import type { QuoteGroup } from '@shared/compare/quotes/quotesGroup';
import { quoteSections } from './quoteSections';

const group = (id: string, sourceIds: string[], altered = false): QuoteGroup => ({
  id,
  sourceIds,
  occurrences: [],
  variants: [],
  altered,
  speakers: []
});

describe('quoteSections', () => {
  it('with three articles, a quote two of them print is under a hint that does not claim every source prints it', () => {
    const sections = quoteSections([group('q1', ['a', 'b']), group('q2', ['c'])], 3);
    const shared = sections.find((s) => s.key === 'shared')!;
    expect(shared.groups.map((g) => g.id)).toEqual(['q1']);
    expect(shared.hint).not.toMatch(/every|both/i);
    expect(shared.hint).toMatch(/^Two sources or more print these words/);
  });

  it('with two articles, says both print the words', () => {
    const shared = quoteSections([group('q1', ['a', 'b'])], 2).find((s) => s.key === 'shared')!;
    expect(shared.hint).toMatch(/^Both sources print these words/);
  });

  it('orders altered, shared, single and leaves out empty sections', () => {
    const sections = quoteSections([group('q1', ['a']), group('q2', ['a', 'b'], true)], 2);
    expect(sections.map((s) => s.key)).toEqual(['altered', 'single']);
  });
});
