import { describe, expect, it } from 'vitest';
import { groupStories, type StoryArticle } from './stories';
import { storyNameKey, storyWordKey } from './storyTermKey';

describe('story terms: one name spelt two ways meets, different words do not', () => {
  it('joins the respellings transliteration makes of one name', () => {
    expect(storyNameKey('deraa')).toBe(storyNameKey('daraa'));
    expect(storyNameKey("dar'a")).toBe(storyNameKey('daraa'));
    expect(storyNameKey('jabbawi')).toBe(storyNameKey('jabawi'));
    expect(storyNameKey('qusayr')).toBe(storyNameKey('qusair'));
    expect(storyNameKey("assad's")).toBe(storyNameKey('assad'));
  });

  it('keeps apart names a vowel or a letter apart that are other names', () => {
    for (const [a, b] of [
      ['reid', 'red'],
      ['bush', 'bash'],
      ['lima', 'lame'],
      ['hill', 'hall'],
      ['busra', 'basra'],
      ['libor', 'labor'],
      ['kenya', 'kanye'],
      ['greece', 'grace'],
      ['barry', 'berry']
    ] as const) {
      expect(storyNameKey(a), `${a}/${b}`).not.toBe(storyNameKey(b));
    }
  });

  it('keys a word by its stem only: its inflections meet, other words a vowel apart do not', () => {
    expect(storyWordKey('planned')).toBe(storyWordKey('plans'));
    expect(storyWordKey('planning')).toBe(storyWordKey('plan'));
    expect(storyWordKey('worried')).toBe(storyWordKey('worries'));
    expect(storyWordKey('pre-tax')).toBe(storyWordKey('pretax'));
    for (const [a, b] of [
      ['win', 'won'],
      ['price', 'process'],
      ['firm', 'form'],
      ['later', 'letter'],
      ['red', 'reid']
    ] as const) {
      expect(storyWordKey(a), `${a}/${b}`).not.toBe(storyWordKey(b));
    }
  });
});

// Tara Reid's rehab, and a PDF's page of drawing commands that writes Red: scheme 1 keyed Red and
// Reid as one term, which with a shared `image` made two terms and took the page into her story
// (docs/compare.md, "Small mixed libraries").
const REID_AND_RED: StoryArticle[] = [
  {
    id: 'reid1',
    title: 'Tara Reid checks into rehab',
    text: 'Actress Tara Reid has checked into a rehabilitation clinic in Malibu, her publicist said on Tuesday. Reid, 33, is being treated for exhaustion, and an agency image showed Reid leaving a Los Angeles hotel.'
  },
  {
    id: 'reid2',
    title: 'Tara Reid enters Promises clinic',
    text: 'Tara Reid entered the Promises rehabilitation clinic in Malibu on Tuesday, her publicist told People magazine. The actress, 33, is being treated for exhaustion.'
  },
  {
    id: 'reid3',
    title: 'Actress Reid in Malibu rehab',
    text: 'The publicist of Tara Reid said on Tuesday that the actress had checked into Promises, a Malibu rehabilitation clinic, for exhaustion.'
  },
  {
    id: 'red',
    title: 'Red: stroke=1, fill=1',
    text: 'Red: stroke=1, fill=1, image=2. Layer image in Red, stroke and fill of the image layer in Red.'
  }
];

describe('story grouping with these terms', () => {
  it('keeps a text that writes Red out of the story of reports about Tara Reid', () => {
    const { stories } = groupStories(REID_AND_RED);
    const reid = stories.find((s) => s.articleIds.includes('reid1'))!;
    expect([...reid.articleIds].sort()).toEqual(['reid1', 'reid2', 'reid3']);
    expect(stories.find((s) => s.articleIds.includes('red'))!.articleIds).toEqual(['red']);
  });
});
