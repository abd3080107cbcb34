import { describe, expect, it } from 'vitest';
import { nextSort, sortSummaries } from './sortState';

describe('nextSort', () => {
  it('flips the direction of the current column', () => {
    expect(nextSort({ key: 'title', direction: 'asc' }, 'title')).toEqual({ key: 'title', direction: 'desc' });
  });
  it('starts text columns A→Z and dates or counts largest first', () => {
    expect(nextSort({ key: 'publishedAt', direction: 'desc' }, 'outlet')).toEqual({ key: 'outlet', direction: 'asc' });
    expect(nextSort({ key: 'title', direction: 'asc' }, 'wordCount')).toEqual({ key: 'wordCount', direction: 'desc' });
  });
});

describe('sortSummaries', () => {
  const row = (id: number, title: string, publishedAt: string | null, wordCount: number) => ({
    id,
    title,
    outlet: null,
    publishedAt,
    wordCount,
    collection: null,
    importedAt: '2026-01-01'
  });
  const rows = [row(1, 'beta', '2018-07-04', 300), row(2, 'Alpha', null, 900), row(3, 'gamma', '2018-07-05', 100)];

  it('sorts text case-insensitively and dates newest first, missing dates last', () => {
    expect(sortSummaries(rows, { key: 'title', direction: 'asc' }).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(sortSummaries(rows, { key: 'publishedAt', direction: 'desc' }).map((r) => r.id)).toEqual([3, 1, 2]);
    expect(sortSummaries(rows, { key: 'wordCount', direction: 'desc' }).map((r) => r.id)).toEqual([2, 1, 3]);
  });
});
