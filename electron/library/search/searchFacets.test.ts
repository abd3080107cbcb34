import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tagKey } from '@shared/annotations/tagKey';
import { createAnnotation, deleteAnnotation } from '../annotations/annotationStore';
import { openWritableDb } from '../db/connection';
import { importPaths } from '../import/importPaths';
import { ensureStories } from '../stories/ensureStories';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { searchArticles } from './searchArticles';
import { getSearchIndex } from './searchIndex';

const ARTICLES = [
  {
    title: 'Ceasefire talks collapse in Daraa',
    text: 'Rebels said talks with Russia over Daraa collapsed on Wednesday.',
    source: 'Reuters',
    date: '2018-07-04',
    language: 'en'
  },
  {
    title: 'Rebels and Russia resume negotiations',
    text: 'Negotiations over the south resumed in Busra al-Sham after talks broke down.',
    source: 'AFP',
    date: '2018-07-05',
    language: 'en'
  },
  {
    title: 'Offensive continues in the south',
    text: 'Government forces pressed on in Daraa province as talks stalled.',
    source: 'AFP',
    date: '2018-08-01',
    language: 'en'
  },
  {
    title: 'Négociations à Deraa',
    text: 'Les rebelles et la Russie ont repris les négociations à Deraa, talks.',
    source: 'Le Monde',
    date: '2018-07-06',
    language: 'fr'
  },
  {
    title: 'Quneitra border calm',
    text: 'The border near Quneitra was calm on Thursday; no talks were planned.',
    source: 'The National',
    date: '2018-06-30',
    language: 'en'
  },
  {
    title: 'Bankruptcy court hears creditors',
    text: 'The bankruptcy talks between creditors continued in New York.',
    source: 'Reuters',
    date: '2017-01-10',
    language: 'en'
  },
  {
    title: 'Banks join debt talks',
    text: 'Several banks joined the talks on restructuring the debt.',
    source: 'Reuters',
    date: '2017-01-11',
    language: 'en'
  },
  {
    title: 'Harvest report',
    text: 'Wheat and barley harvests rose this year, the ministry said.',
    source: 'Reuters',
    date: null,
    language: null
  }
];

let lib: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  lib = makeTempLibrary();
  const folder = makeTempFolder({ 'articles.jsonl': ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n' });
  await importPaths(lib.db, [path.join(folder, 'articles.jsonl')]);
  ensureStories(lib.db);
  await getSearchIndex(lib.db, { saveDelayMs: 60_000 }).ready();
  return () => lib.dispose();
});

const search = (q: string, options: Parameters<typeof searchArticles>[2] = {}) =>
  searchArticles(lib.db, q, { limit: 50, facets: true, ...(typeof options === 'number' ? { limit: options } : options) });
const titles = (q: string, options: Parameters<typeof searchArticles>[2] = {}) =>
  search(q, options).hits.map((h) => h.article.title);

describe('facets', () => {
  it('count every matching article, not just the page shown', () => {
    const r = search('talks', { limit: 1 });
    expect(r.total).toBe(7);
    expect(r.hits).toHaveLength(1);
    expect(r.facets!.outlet.map((f) => [f.label, f.count])).toEqual([
      ['Reuters', 3],
      ['AFP', 2],
      ['Le Monde', 1],
      ['The National', 1]
    ]);
    expect(r.facets!.month.map((f) => f.value)).toEqual(['2017-01', '2018-06', '2018-07', '2018-08']);
    expect(r.facets!.language.map((f) => [f.value, f.count])).toEqual([
      ['en', 6],
      ['fr', 1]
    ]);
    expect(r.facets!.story.reduce((sum, f) => sum + f.count, 0)).toBe(7);
  });

  it('give for each value a filter that, added to the query, keeps exactly its articles', () => {
    const r = search('talks');
    const all = [...r.facets!.outlet, ...r.facets!.month, ...r.facets!.language, ...r.facets!.story];
    expect(all.length).toBeGreaterThan(8);
    for (const facet of all) expect(search(`talks ${facet.filter}`).total, facet.filter).toBe(facet.count);
  });

  it('count the tags of the highlights and notes on the matching articles, one tag in any case, with a filter keeping exactly them', () => {
    const id = (title: string) => search('talks OR harvest').hits.find((h) => h.article.title === title)!.article.id;
    const [reuters, afp, monde, harvest] = [
      id('Ceasefire talks collapse in Daraa'),
      id('Rebels and Russia resume negotiations'),
      id('Négociations à Deraa'),
      id('Harvest report')
    ];
    createAnnotation(lib.db, { kind: 'article-note', articleId: reuters, note: 'a', tags: ['Été', 'wire'] });
    createAnnotation(lib.db, { kind: 'article-note', articleId: reuters, note: 'b', tags: ['été'] });
    createAnnotation(lib.db, { kind: 'article-note', articleId: afp, note: 'c', tags: ['ÉTÉ', 'needs check'] });
    createAnnotation(lib.db, {
      kind: 'passage-note',
      spans: [
        { articleId: afp, start: 0, end: 5 },
        { articleId: monde, start: 0, end: 5 }
      ],
      note: 'd',
      tags: ['wire']
    });
    createAnnotation(lib.db, { kind: 'article-note', articleId: harvest, note: 'e', tags: ['crops'] });
    createAnnotation(lib.db, { kind: 'story-note', storyId: 1, note: 'f', tags: ['overview'] });
    const r = search('talks');
    // été on two articles (three notes, three spellings), wire on three (one by a passage note);
    // crops is on an article that does not match, overview on a story note (no article).
    expect(r.facets!.tag.map((f) => [tagKey(f.label), f.count])).toEqual([
      ['wire', 3],
      ['été', 2],
      ['needs check', 1]
    ]);
    expect(r.facets!.tag.map((f) => f.filter)).toEqual(['tag:"wire"', `tag:"${r.facets!.tag[1]!.label}"`, 'tag:"needs check"']);
    for (const facet of r.facets!.tag) expect(search(`talks ${facet.filter}`).total, facet.filter).toBe(facet.count);
    expect(search('talks tag:"wire"').facets!.tag.find((f) => f.label === 'wire')!.count).toBe(3);
  });

  it('count a tag typed with a double space as the tag with one, under a chip whose filter finds its articles', () => {
    const id = search('harvest').hits[0]!.article.id;
    const note = createAnnotation(lib.db, { kind: 'article-note', articleId: id, note: 'g', tags: ['wheat  prices'] });
    try {
      const chip = search('harvest').facets!.tag.find((f) => f.label === 'wheat prices')!;
      expect(chip).toMatchObject({ count: 1, filter: 'tag:"wheat prices"' });
      expect(search(`harvest ${chip.filter}`).total).toBe(1);
      expect(search('harvest tag:"wheat  prices"').total).toBe(1);
    } finally {
      deleteAnnotation(lib.db, note.id);
    }
  });

  it('see a tag written since the last search, by this connection or another one', () => {
    const tagCount = () => search('talks').facets!.tag.find((f) => f.label === 'verified')?.count ?? 0;
    expect(tagCount()).toBe(0);
    const other = openWritableDb(lib.file);
    const id = search('talks').hits[0]!.article.id;
    let made: number;
    try {
      made = createAnnotation(other, { kind: 'article-note', articleId: id, note: 'i', tags: ['verified'] }).id;
    } finally {
      other.close();
    }
    expect(tagCount()).toBe(1);
    deleteAnnotation(lib.db, made);
    expect(tagCount()).toBe(0);
  });

  it('are left out when not asked for', () => {
    expect(searchArticles(lib.db, 'talks', { facets: false }).facets).toBeNull();
  });
});

describe('sorting', () => {
  it('by date lists the same articles, newest first, undated last', () => {
    const byDate = search('talks OR harvest', { sort: 'date' });
    const byRank = search('talks OR harvest');
    expect(byDate.total).toBe(byRank.total);
    expect(byDate.hits.map((h) => h.article.id).sort()).toEqual(byRank.hits.map((h) => h.article.id).sort());
    const dates = byDate.hits.map((h) => h.article.publishedAt);
    expect(dates).toEqual([
      '2018-08-01',
      '2018-07-06',
      '2018-07-05',
      '2018-07-04',
      '2018-06-30',
      '2017-01-11',
      '2017-01-10',
      null
    ]);
  });
});

describe('prefixes and inflections', () => {
  it('finds words the last word begins, as the user types', () => {
    const r = search('negotia');
    expect(r.hits.map((h) => h.article.title)).toEqual(['Rebels and Russia resume negotiations']);
    expect(r.fuzzy['negotia']).toEqual(expect.arrayContaining(['negotiations']));
    expect(r.hits.every((h) => h.match === 'fuzzy')).toBe(true);
  });

  it('lets a finished word match its inflections but not longer words it begins', () => {
    const found = titles('bank talks');
    expect(found).toContain('Banks join debt talks');
    expect(found).not.toContain('Bankruptcy court hears creditors');
  });

  it('ranks articles with the words as typed above those found through a prefix', () => {
    // Two articles have talks and Daraa as typed, one talks and Deraa.
    expect(search('talks Daraa').hits.map((h) => h.match)).toEqual(['exact', 'exact', 'variant']);
    // No article has the word `talk`: the two with `talks` are found through it, and say so.
    expect(search('talk Daraa').hits.map((h) => h.match)).toEqual(['fuzzy', 'fuzzy']);
  });
});

describe('long queries', () => {
  it('list articles with most of the words when none has them all, and say so', () => {
    const r = search('rebels russia negotiations busra wheat harvest');
    expect(r.relaxed).toBe(true);
    expect(r.notes.join(' ')).toMatch(/No article has all 6 words/);
    expect(r.hits[0]!.article.title).toBe('Rebels and Russia resume negotiations');
    expect(r.hits.every((h) => h.match === 'partial')).toBe(true);
  });

  it('keep AND for short queries', () => {
    const r = search('wheat negotiations');
    expect(r.total).toBe(0);
    expect(r.relaxed).toBe(false);
  });
});

describe('exclusions', () => {
  it('leave out an excluded word and its spelling variants in every list', () => {
    const found = titles('talks -Deraa');
    expect(found).not.toContain('Négociations à Deraa');
    expect(found).not.toContain('Ceasefire talks collapse in Daraa');
    expect(found).toContain('Quneitra border calm');
  });
});
