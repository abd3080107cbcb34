import { describe, expect, it } from 'vitest';
import { groupStories, type StoryArticle } from './stories';

// Two events of one kind (earthquakes in Chile and in Japan) and one of another kind.
const corpus: StoryArticle[] = [
  {
    id: 'chile1',
    title: 'Strong earthquake strikes central Chile',
    text: 'A magnitude 7.1 earthquake struck near Valparaiso in central Chile on Monday, the Chilean emergency office Onemi said. Buildings shook in Santiago and residents of Valparaiso fled to higher ground.'
  },
  {
    id: 'chile2',
    title: 'Quake hits Chile near Valparaiso',
    text: 'An earthquake shook Valparaiso and Santiago on Monday. Onemi, the emergency office of Chile, ordered residents of coastal Valparaiso to higher ground as a precaution.'
  },
  {
    id: 'chile3',
    title: 'Chile earthquake damages Valparaiso port',
    text: 'The Monday earthquake damaged the port of Valparaiso, Chilean officials said, and Onemi reported power cuts in Santiago.'
  },
  {
    id: 'japan1',
    title: 'Earthquake jolts northern Japan',
    text: 'A magnitude 6.8 earthquake struck off Miyagi prefecture in northern Japan on Thursday, the Japan Meteorological Agency said. Trains in Sendai were halted and a tsunami advisory was issued.'
  },
  {
    id: 'japan2',
    title: 'Tsunami advisory after Miyagi quake',
    text: 'The Japan Meteorological Agency issued a tsunami advisory for Miyagi after the Thursday earthquake. Bullet trains to Sendai stopped running.'
  },
  {
    id: 'japan3',
    title: 'Sendai trains halted by earthquake',
    text: 'Trains around Sendai were halted on Thursday after an earthquake off Miyagi, the Japan Meteorological Agency said; the tsunami advisory was later lifted.'
  },
  {
    id: 'kenya1',
    title: 'Kenya votes in presidential election',
    text: 'Kenyans queued in Nairobi on Tuesday to vote in a presidential election between Uhuru Kenyatta and Raila Odinga, the electoral commission said.'
  },
  {
    id: 'kenya2',
    title: 'Kenyatta and Odinga face off as Kenya votes',
    text: 'Voters in Nairobi and Mombasa chose between Uhuru Kenyatta and Raila Odinga on Tuesday; the electoral commission expects results by Friday.'
  }
];

const sets = (stories: ReadonlyArray<{ articleIds: string[] }>) =>
  stories.map((s) => [...s.articleIds].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('groupStories', () => {
  it('groups articles by event and keeps two events of one kind apart', () => {
    const { stories } = groupStories(corpus);
    expect(sets(stories)).toEqual([
      ['chile1', 'chile2', 'chile3'],
      ['japan1', 'japan2', 'japan3'],
      ['kenya1', 'kenya2']
    ]);
    for (const s of stories) expect(s.id).toBe(`story:${s.articleIds[0]}`);
    expect(stories.find((s) => s.articleIds.includes('kenya1'))!.label).toMatch(/Kenya/);
  });

  it('keeps pinned assignments and their story ids, letting new articles join', () => {
    const pinned = new Map([
      ['chile1', 'story:quake-chile'],
      ['kenya1', 'story:odd'],
      ['japan1', 'story:odd']
    ]);
    const { stories } = groupStories(corpus, { pinned });
    const odd = stories.find((s) => s.id === 'story:odd')!;
    expect(odd.articleIds).toContain('kenya1');
    expect(odd.articleIds).toContain('japan1');
    expect(stories.find((s) => s.id === 'story:quake-chile')!.articleIds.sort()).toEqual(['chile1', 'chile2', 'chile3']);
  });

  it('never merges articles pinned to different stories', () => {
    const pinned = new Map([
      ['chile1', 'story:one'],
      ['chile2', 'story:two']
    ]);
    const { stories } = groupStories(corpus, { pinned });
    const one = stories.find((s) => s.id === 'story:one')!;
    expect(one.articleIds).toContain('chile1');
    expect(one.articleIds).not.toContain('chile2');
  });

  it('keeps like articles published a year apart in different stories', () => {
    const dated = corpus.map((a) => ({ ...a, publishedAt: a.id === 'chile3' ? '2019-03-04' : '2018-03-05' }));
    const { stories } = groupStories(dated);
    expect(stories.find((s) => s.articleIds.includes('chile3'))!.articleIds).toEqual(['chile3']);
  });

  it('takes new story ids from the caller and handles an empty library', () => {
    const { stories } = groupStories(corpus.slice(0, 2), { newStoryId: (ids) => `new-${ids.join('+')}` });
    expect(stories.map((s) => s.id)).toEqual(['new-chile1+chile2']);
    expect(groupStories([]).stories).toEqual([]);
  });

  it('stops when the signal is aborted', () => {
    expect(() => groupStories(corpus, { signal: AbortSignal.abort() })).toThrow(/aborted/);
  });

  // 600 articles: the count of terms and the neighbours each report every few hundred.
  const many: StoryArticle[] = Array.from({ length: 600 }, (_, i) => ({
    id: `a${i}`,
    title: `Council ward ${i % 40} votes on harbour plan ${i}`,
    text: `The council of ward ${i % 40} voted on plan ${i} for the harbour district after a debate on budget line ${i % 7}.`
  }));

  it('tells where it is: each stage in order, with how many articles are done within the counted ones', () => {
    const seen: string[] = [];
    groupStories(many, { onProgress: ({ phase, done, total }) => seen.push(`${phase} ${done}/${total}`) });
    expect(seen).toEqual([
      'vectors 0/600',
      'vectors 256/600',
      'vectors 512/600',
      'neighbours 0/600',
      'neighbours 512/600',
      'clustering null/null'
    ]);
  });

  it('stops while it counts terms, not only between stages', () => {
    const stop = new AbortController();
    const seen: string[] = [];
    const run = () =>
      groupStories(many, {
        signal: stop.signal,
        onProgress: ({ phase, done }) => {
          seen.push(`${phase} ${done}`);
          if (done === 256) stop.abort();
        }
      });
    expect(run).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(seen).toEqual(['vectors 0', 'vectors 256']);
  });
});

describe('story labels', () => {
  // Pages with no headline take their first line, the lead sentence, as the title (review 15, #15).
  const untitled = (ids: readonly string[]) => corpus.map((a) => (ids.includes(a.id) ? { ...a, title: '' } : a));
  const chileLabel = (articles: StoryArticle[]) =>
    groupStories(articles).stories.find((s) => s.articleIds.includes('chile1'))!.label;

  it('names a story by a member’s headline, not a lead sentence, whichever member is central', () => {
    // Each Chile member in turn is the only one with a headline: that headline is the label.
    for (const titled of ['chile1', 'chile2', 'chile3']) {
      const others = ['chile1', 'chile2', 'chile3'].filter((id) => id !== titled);
      expect(chileLabel(untitled(others))).toBe(corpus.find((a) => a.id === titled)!.title);
    }
  });

  it('cuts a lead sentence at a word when no member has a headline', () => {
    const label = chileLabel(untitled(['chile1', 'chile2', 'chile3']));
    expect(label.length).toBeLessThanOrEqual(100);
    expect(label.endsWith('…')).toBe(true);
    expect(
      label.startsWith('A magnitude 7.1 earthquake') ||
        label.startsWith('An earthquake shook') ||
        label.startsWith('The Monday earthquake')
    ).toBe(true);
  });
});
