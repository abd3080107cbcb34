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
    'A magnitude 7.1 earthquake struck near Valparaiso in central Chile on Monday, the emergency office Onemi said.'
  ),
  article(
    'chile2',
    'Quake hits Chile near Valparaiso',
    'An earthquake shook Valparaiso and Santiago on Monday; Onemi ordered residents of coastal Valparaiso to higher ground.'
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
    'A magnitude 6.8 earthquake struck off Miyagi in northern Japan on Thursday, the Meteorological Agency said; trains in Sendai halted.'
  ),
  article(
    'japan2',
    'Tsunami advisory after Miyagi quake',
    'The Meteorological Agency issued a tsunami advisory for Miyagi after the Thursday earthquake; trains to Sendai stopped.'
  ),
  article(
    'japan3',
    'Sendai trains halted by earthquake',
    'Trains around Sendai halted on Thursday after an earthquake off Miyagi, the Meteorological Agency said.'
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
const library = [...chile, ...japan, ...rest];

/** Each article's weights by term key. */
const byKey = (vectors: readonly SparseVector[], vocabulary: (id: number) => string) =>
  vectors.map((v) => new Map(Array.from(v.terms, (t, k) => [vocabulary(t), Number(v.weights[k]!.toFixed(12))])));

describe('grouping the neighbourhood of new articles', () => {
  it('weighs and groups those articles as a grouping of the whole library does', () => {
    const whole = groupStories(library);
    const dfOf = new Map(whole.vectors.vocabulary.map((term, t) => [term, whole.vectors.df[t]!]));
    const hood = [...chile, ...japan];
    const local = groupNeighbourhood(hood, {
      df: (terms) => new Map(terms.map((t) => [t, dfOf.get(t) ?? 0])),
      articles: library.length
    });

    const wholeVectors = byKey(whole.vectors.vectors.slice(0, hood.length), (t) => whole.vectors.vocabulary[t]!);
    // The neighbourhood numbers its terms in first-seen order, as the whole library does over the same first articles.
    expect(byKey(local.vectors, (t) => whole.vectors.vocabulary[t]!)).toEqual(wholeVectors);
    const storyOf = new Map(whole.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id])));
    expect(new Set(chile.map((a) => storyOf.get(a.id))).size).toBe(1);
    expect(new Set(japan.map((a) => storyOf.get(a.id))).size).toBe(1);
    expect(storyOf.get('chile1')).not.toBe(storyOf.get('japan1'));
    const together = (i: number, j: number) => local.cluster[i] === local.cluster[j];
    hood.forEach((a, i) => hood.forEach((b, j) => expect(together(i, j)).toBe(storyOf.get(a.id) === storyOf.get(b.id))));
  });
});
