import { describe, expect, it } from 'vitest';
import type { FacetValue, SearchFacets } from '@shared/contract/schemas';
import { facetLabel, facetRows, type FacetView } from './facetRows';

const OPEN: FacetView = { collapsed: new Set(), expanded: new Set() };

function outlet(name: string, count: number): FacetValue {
  return { value: name, label: name, count, filter: `outlet:"${name}"` };
}
function month(value: string, count: number): FacetValue {
  return { value, label: value, count, filter: `date:${value}` };
}
function facets(partial: Partial<SearchFacets>): SearchFacets {
  return { outlet: [], month: [], language: [], story: [], tag: [], ...partial };
}

describe('facetRows', () => {
  it('shows groups of two values or more, in the bar’s order', () => {
    const rows = facetRows(
      facets({
        story: [
          { value: '3', label: 'Daraa talks', count: 4, filter: 'story:3' },
          { value: '5', label: 'Storm', count: 1, filter: 'story:5' }
        ],
        outlet: [outlet('Reuters', 2), outlet('AFP', 1)],
        month: [month('2018-07', 3)]
      }),
      'Daraa',
      OPEN
    );
    expect(rows.map((r) => r.key)).toEqual(['outlet', 'story']);
    expect(rows[0]?.chips.map((c) => [c.label, c.count, c.active])).toEqual([
      ['Reuters', 2, false],
      ['AFP', 1, false]
    ]);
  });

  // Review 14, #15: one outlet and some articles without one is two values, so the group shows.
  it('shows one outlet beside No outlet, whose chip is in use when the query has outlet:none in any case', () => {
    const none: FacetValue = { value: '', label: 'No outlet', count: 2, filter: 'outlet:none' };
    const rows = facetRows(facets({ outlet: [outlet('BBC News', 3), none] }), 'Daraa', OPEN);
    expect(rows[0]?.chips.map((c) => [c.label, c.count, c.filter])).toEqual([
      ['BBC News', 3, 'outlet:"BBC News"'],
      ['No outlet', 2, 'outlet:none']
    ]);
    const used = facetRows(facets({ outlet: [none] }), 'Daraa outlet:None', OPEN);
    expect(used[0]?.chips.map((c) => [c.label, c.active])).toEqual([['No outlet', true]]);
    expect(facetLabel('language', { value: '', label: 'No language', count: 1, filter: 'lang:none' })).toBe('No language');
  });

  it('keeps a one-value group whose value the query uses, so it can be taken out', () => {
    const rows = facetRows(facets({ outlet: [outlet('Reuters', 2)] }), 'Daraa outlet:reuters', OPEN);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.chips[0]?.active).toBe(true);
  });

  it('keeps a group the answer on screen was counted with, until the next answer comes', () => {
    // "French" was just clicked off: the box says `Daraa`, the facets are still those of `Daraa lang:"fr"`.
    const french = { value: 'fr', label: 'fr', count: 1, filter: 'lang:"fr"' };
    const rows = facetRows(facets({ language: [french] }), 'Daraa', OPEN, { countedFor: 'Daraa lang:"fr"' });
    expect(rows.map((r) => r.key)).toEqual(['language']);
    expect(rows[0]?.chips[0]?.active).toBe(false);
    expect(facetRows(facets({ language: [french] }), 'Daraa', OPEN, { countedFor: 'Daraa' })).toEqual([]);
  });

  it('shows the top values and counts the rest as "more", always showing active ones', () => {
    const many = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((name, i) => outlet(name, 20 - i));
    const [row] = facetRows(facets({ outlet: many }), 'outlet:"H"', OPEN, { limit: 3 });
    expect(row?.chips.map((c) => c.label)).toEqual(['A', 'B', 'C', 'H']);
    expect(row?.hidden).toBe(5);
    expect(row?.more).toBe('+5 more');
  });

  it('does not hide a single value behind "+1 more"', () => {
    const [row] = facetRows(facets({ outlet: ['A', 'B', 'C', 'D'].map((n) => outlet(n, 1)) }), '', OPEN, { limit: 3 });
    expect(row?.chips).toHaveLength(4);
    expect(row?.more).toBeNull();
  });

  it('shows the most recent months and calls the rest earlier', () => {
    const months = ['2018-01', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06'].map((m) => month(m, 1));
    const [row] = facetRows(facets({ month: months }), '', OPEN, { limit: 2 });
    expect(row?.chips.map((c) => c.filter)).toEqual(['date:2018-05', 'date:2018-06']);
    expect(row?.more).toBe('+4 earlier');
  });

  it('lists everything in an expanded group', () => {
    const many = ['A', 'B', 'C', 'D', 'E'].map((n) => outlet(n, 1));
    const [row] = facetRows(facets({ outlet: many }), '', { collapsed: new Set(), expanded: new Set(['outlet']) }, { limit: 2 });
    expect(row?.chips).toHaveLength(5);
    expect(row?.more).toBeNull();
    expect(row?.fewer).toBe(true);
  });

  it('folds a collapsed group to its active values and a summary', () => {
    const [row] = facetRows(
      facets({ outlet: [outlet('Reuters', 2), outlet('AFP', 1), outlet('The National', 1)] }),
      'outlet:"AFP"',
      { collapsed: new Set(['outlet']), expanded: new Set() }
    );
    expect(row?.open).toBe(false);
    expect(row?.chips.map((c) => c.label)).toEqual(['AFP']);
    expect(row?.summary).toBe('3 outlets');
    expect(row?.more).toBeNull();
  });
});

describe('facetLabel', () => {
  it('writes months and languages for a reader', () => {
    expect(facetLabel('month', month('2018-07', 1))).toMatch(/2018/);
    expect(facetLabel('month', month('2018-07', 1))).not.toBe('2018-07');
    expect(facetLabel('language', { value: 'en', label: 'en', count: 1, filter: 'lang:"en"' }, 'en')).toBe('English');
    expect(facetLabel('language', { value: 'fr', label: 'fr', count: 1, filter: 'lang:"fr"' }, 'en')).toBe('French');
  });

  it('shows a language code it cannot name as it is', () => {
    expect(
      facetLabel('language', { value: 'not a code', label: 'not a code', count: 1, filter: 'lang:"not a code"' }, 'en')
    ).toBe('not a code');
    expect(facetLabel('language', { value: 'qqq', label: 'qqq', count: 1, filter: 'lang:"qqq"' }, 'en')).toBe('qqq');
  });
});
