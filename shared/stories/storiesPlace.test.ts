import { describe, expect, it } from 'vitest';
import { groupStories, type StoryArticle } from './stories';
import { groupNeighbourhood } from './storiesPlace';
import type { SparseVector } from './storiesVectors';

const article = (id: string, title: string, text: string): StoryArticle => ({ id, title, text });

// Two events of one kind, each reported three times, and other news that shares some of their words.
const chile = [
  article(
    'chile1',
    'Strong earthquake strikes central Chile',
    'A magnitude 7.1 earthquake struck near Valparaiso in central Chile on Monday, 27 February 2010, the emergency office Onemi said.'
  ),
  article(
    'chile2',
    'Quake hits Chile near Valparaiso',
    'VALPARAISO, 27/02/2010 - An earthquake shook Valparaiso and Santiago on Monday; Onemi ordered residents of coastal Valparaiso to higher ground.'
  ),
  article(
    'chile3',
    'Chile earthquake damages Valparaiso port',
    'The Monday earthquake damaged the port of Valparaiso, officials said, and Onemi reported power cuts in Santiago.'
  )
];
const japan = [
  article(
    'japan1',
    'Earthquake jolts northern Japan',
    'A magnitude 6.8 earthquake struck off Miyagi in northern Japan on Thursday, 7 April 2011, the Meteorological Agency said; trains in Sendai halted.'
  ),
  article(
    'japan2',
    'Tsunami advisory after Miyagi quake',
    'The Meteorological Agency issued a tsunami advisory for Miyagi after the Thursday earthquake (7 April 2011); trains to Sendai stopped.'
  ),
  article(
    'japan3',
    'Sendai trains halted by earthquake',
    'Trains around Sendai halted on Thursday after an earthquake off Miyagi, the Meteorological Agency said. (c) 2011'
  )
];
const rest = [
  article(
    'kenya1',
    'Kenya votes in presidential election',
    'Kenyans queued in Nairobi on Tuesday to vote between Kenyatta and Odinga, officials said.'
  ),
  article(
    'kenya2',
    'Kenyatta and Odinga face off',
    'Voters in Nairobi chose between Kenyatta and Odinga on Tuesday; the commission said results come Friday.'
  ),
  article(
    'port',
    'Santiago port strike ends',
    'Dock workers in Santiago ended a strike on Monday, officials said, and the port reopened.'
  ),
  article(
    'trains',
    'Rail strike halts trains',
    'Trains halted across the north on Thursday as rail workers struck, the agency said.'
  )
];
// A licence is no news: its vector stays empty, in the neighbourhood as in the library.
const licence = article(
  'licence',
  'LICENSE',
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the Software without restriction.'
);
// Enough other articles (42 in all) that the year term's floor (5 %, so 3 articles) lifts Chile's year, which two reports write.
const weather = Array.from({ length: 32 }, (_, i) =>
  article(
    `weather${i}`,
    'Weather outlook',
    `Sunny spells and light winds across the county, forecasters expect, for day ${i + 1}.`
  )
);
const library = [...chile, ...japan, licence, ...rest, ...weather];

/** Each article's weights by term key. */
const byKey = (vectors: readonly SparseVector[], vocabulary: (id: number) => string) =>
  vectors.map((v) => new Map(Array.from(v.terms, (t, k) => [vocabulary(t), Number(v.weights[k]!.toFixed(12))])));

describe('grouping the neighbourhood of new articles', () => {
  it('weighs and groups those articles as a grouping of the whole library does', () => {
    const whole = groupStories(library);
    const dfOf = new Map(whole.vectors.vocabulary.map((term, t) => [term, whole.vectors.df[t]!]));
    const hood = [...chile, ...japan, licence];
    const local = groupNeighbourhood(hood, {
      df: (terms) => new Map(terms.map((t) => [t, dfOf.get(t) ?? 0])),
      articles: library.length
    });

    const wholeVectors = byKey(whole.vectors.vectors.slice(0, hood.length), (t) => whole.vectors.vocabulary[t]!);
    // The neighbourhood numbers its terms in first-seen order, as the whole library does over the same first articles.
    expect(byKey(local.vectors, (t) => whole.vectors.vocabulary[t]!)).toEqual(wholeVectors);
    // The case above holds the terms that differ: each event's year, and no term of the licence.
    expect(wholeVectors[0]!.has('year:2010')).toBe(true);
    expect(wholeVectors[3]!.has('year:2011')).toBe(true);
    expect(wholeVectors[6]!.size).toBe(0);
    const storyOf = new Map(whole.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id])));
    expect(new Set(chile.map((a) => storyOf.get(a.id))).size).toBe(1);
    expect(new Set(japan.map((a) => storyOf.get(a.id))).size).toBe(1);
    expect(storyOf.get('chile1')).not.toBe(storyOf.get('japan1'));
    const together = (i: number, j: number) => local.cluster[i] === local.cluster[j];
    hood.forEach((a, i) => hood.forEach((b, j) => expect(together(i, j)).toBe(storyOf.get(a.id) === storyOf.get(b.id))));
  });
});
