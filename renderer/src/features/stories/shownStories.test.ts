import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/contract/schemas';
import { shownStories } from './shownStories';

function story(id: number, label: string, titles: string[], latest: string | null = null): StorySummary {
  return {
    id,
    label,
    renamed: false,
    articleIds: titles.map((_, i) => id * 10 + i),
    titles,
    paths: titles.map(() => null),
    outlets: titles.map(() => null),
    wireCredited: titles.map(() => false),
    latest
  };
}

const STORIES = [
  story(1, 'Daraa talks', ['Talks fail in Daraa', 'Rebels walk out of Daraa talks'], '2018-07-04'),
  story(2, 'Busra al-Sham', ['Jets strike Busra al-Sham'], '2018-07-06'),
  story(3, 'São Paulo strike', ['Straßenbahn strike in São Paulo'], null)
];

const ids = (filter: string, sort: 'size' | 'date' = 'size') => shownStories(STORIES, filter, sort).map((s) => s.id);

describe('shownStories', () => {
  it('keeps the stories holding every word of the filter, each at a word’s start', () => {
    expect(ids('daraa talk')).toEqual([1]);
    expect(ids('alk')).toEqual([]);
    expect(ids('sham')).toEqual([2]);
    expect(ids('  ')).toEqual([1, 2, 3]);
  });

  it('compares folded words, as search does: case, accents and ß', () => {
    expect(ids('DERAA')).toEqual([]);
    expect(ids('DARAA')).toEqual([1]);
    expect(ids('sao paulo')).toEqual([3]);
    expect(ids('strassenbahn')).toEqual([3]);
  });

  it('orders by the newest article, undated last', () => {
    expect(ids('', 'date')).toEqual([2, 1, 3]);
  });
});
