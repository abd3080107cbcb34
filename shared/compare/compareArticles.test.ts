import { describe, expect, it } from 'vitest';
import { AlignAbortedError, compareArticles } from './compareArticles';
import { ComparisonSchema } from './compareArticlesSchema';

// Word counts by hand: A = 17 + 17 + 16 + 17 = 67 words, B = 17 + 16 + 16 + 15 = 64, C = 16 + 12 = 28.
const A = [
  'Rebels in the south said on Wednesday that talks with Russia had failed after hours of negotiations.',
  'The rebel command said Moscow had insisted on the surrender of all heavy weapons in one go.',
  'Russian and government aircraft resumed strikes on several towns for the first time in four days.',
  'A local official said the town council would meet again next week to discuss the water supply.'
].join(' ');
const B = [
  'Rebels in the south said on Wednesday that talks with Russia had failed after hours of negotiations.',
  'The rebel command said Moscow had insisted on the surrender of heavy weapons in one go.',
  'Russian and government planes resumed strikes on several towns for the first time in four days.',
  'Farmers in the valley complained that the harvest had been ruined by months of drought.'
].join(' ');
const C =
  'The city orchestra announced a new season of concerts featuring young composers from across the region. Tickets go on sale next month at the box office and online.';

const articles = [
  { id: 'a', title: 'Talks fail', text: A, outlet: 'Outlet A', publishedAt: '2018-07-04' },
  { id: 'b', title: 'Talks collapse', text: B },
  { id: 'c', title: 'Concert season', text: C }
];

describe('compareArticles', () => {
  const c = compareArticles(articles);

  it('gives the shared passage one id and a span in each article carrying it', () => {
    expect(c.clusters).toHaveLength(1);
    const [p] = c.clusters;
    expect(p!.id).toBe('p1');
    expect(p!.articleIds).toEqual(['a', 'b']);
    expect(p!.spans.map((s) => [s.articleId, (s.articleId === 'a' ? A : B).slice(s.start, s.end)])).toEqual([
      ['a', A.slice(0, A.indexOf(' A local official'))],
      ['b', B.slice(0, B.indexOf(' Farmers'))]
    ]);
    expect(p!.spans.every((s) => s.kind !== 'reworded')).toBe(true);
  });

  it('lists what each article alone says', () => {
    expect(
      c.unique.map((u) => u.spans.map((s) => articles.find((x) => x.id === u.articleId)!.text.slice(s.start, s.end)))
    ).toEqual([
      ['A local official said the town council would meet again next week to discuss the water supply.'],
      ['Farmers in the valley complained that the harvest had been ruined by months of drought.'],
      [C]
    ]);
  });

  it('measures shares of words: per article and in an overlap matrix', () => {
    expect(c.articles.map((a) => [a.id, a.words])).toEqual([
      ['a', 67],
      ['b', 64],
      ['c', 28]
    ]);
    expect(c.articles[0]!.sharedShare).toBeCloseTo(50 / 67, 10);
    expect(c.articles[0]!.uniqueShare).toBeCloseTo(17 / 67, 10);
    expect(c.articles[2]!.sharedShare).toBe(0);
    expect(c.overlap.articleIds).toEqual(['a', 'b', 'c']);
    expect(c.overlap.shares[0]![1]).toBeCloseTo(50 / 67, 10);
    expect(c.overlap.shares[1]![0]).toBeCloseTo(49 / 64, 10);
    expect(c.overlap.shares[0]![2]).toBe(0);
    expect(c.overlap.shares[2]![2]).toBe(1);
  });

  it('aligns every pair, skipping pairs with nothing in common', () => {
    expect(c.pairs.map((p) => [p.aId, p.bId, p.skipped])).toEqual([
      ['a', 'b', false],
      ['a', 'c', true],
      ['b', 'c', true]
    ]);
    expect(c.pairs[0]!.passages.length).toBeGreaterThan(0);
    expect(c.pairs[1]!.passages).toEqual([]);
  });

  it('finds the two copies as one wire group', () => {
    expect(c.wireGroups.map((g) => [...g.articleIds].sort())).toEqual([['a', 'b']]);
  });

  it('is plain JSON data that the schema accepts', () => {
    const copy = JSON.parse(JSON.stringify(c)) as unknown;
    expect(copy).toEqual(c);
    expect(ComparisonSchema.parse(copy)).toEqual(c);
    expect(c.articles[0]).toMatchObject({ outlet: 'Outlet A', publishedAt: '2018-07-04' });
  });

  it('stops when the signal is aborted', () => {
    expect(() => compareArticles(articles, { signal: AbortSignal.abort() })).toThrow(AlignAbortedError);
  });

  it('handles no articles and one article', () => {
    expect(compareArticles([]).clusters).toEqual([]);
    const single = compareArticles([articles[0]!]);
    expect(single.pairs).toEqual([]);
    expect(single.articles[0]!.uniqueShare).toBe(1);
    expect(single.overlap.shares).toEqual([[1]]);
  });
});
