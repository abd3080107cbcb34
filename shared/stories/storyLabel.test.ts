import { describe, expect, it } from 'vitest';
import { groupStories, type StoryArticle } from './stories';

// Written for this test after ECB+ topic 13 (the Wasilla church fire, review 16 #13). As a text
// file is imported, each title is the file's first line (cut at a word when long) and the text
// begins with that line. One source writes 'sarah palin's' in lower case.
const txt = (id: string, first: string, rest: string): StoryArticle => {
  const title = first.length <= 90 ? first : first.slice(0, first.lastIndexOf(' ', 90));
  return { id, title, text: `${first}\n\n${rest}` };
};
const church = [
  txt(
    'lowered',
    "Alaska Gov. sarah palin's home church has been badly damaged in an arson fire.",
    'Damages to the Wasilla Bible Church are estimated at $1 million. The fire chief says the arson fire at the church is suspicious.'
  ),
  txt(
    'long1',
    "An overnight fire Friday at Alaska Gov. Sarah Palin's home church caused an estimated $1 million in damage, and investigators say it could be arson.",
    'Firefighters were called to the Wasilla Bible Church late Friday. Sarah Palin visited the church after the fire.'
  ),
  txt(
    'long2',
    "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in Wasilla may have been set by an arsonist, investigators say.",
    'Flames were coming from the Wasilla Bible Church. Gov. Sarah Palin apologised if the arson fire was connected to her campaign.'
  ),
  txt(
    'long3',
    "Gov. Sarah Palin's home church was badly damaged by arson, leading Ms. Palin to apologize if the fire was connected to her campaign.",
    'The Wasilla Bible Church estimated the damage from the arson fire at $1 million. Palin visited the church on Saturday.'
  )
];
const headline = txt(
  'headline',
  "Palin's Church Damaged In Suspicious Fire",
  'Authorities estimate the damages to the Wasilla Bible Church at $1 million from the arson fire. Sarah Palin attends the church.'
);
const elsewhere: StoryArticle[] = [
  {
    id: 'rates',
    title: 'Bank raises interest rates',
    text: 'The central bank raised its interest rate by a quarter point on Thursday, citing inflation in food and energy prices.'
  },
  {
    id: 'match',
    title: 'United win the derby',
    text: 'United beat City 2-1 in the derby on Sunday with a late goal from their captain in front of a full stadium.'
  }
];

const labelOf = (articles: StoryArticle[]) => {
  const story = groupStories(articles).stories.find((s) => s.articleIds.includes('lowered'))!;
  // The label must come from a story of the church articles, or the test says nothing.
  expect(story.articleIds).toEqual(expect.arrayContaining(church.map((a) => a.id)));
  return story.label;
};

describe('story labels read as headlines (review 16, #13)', () => {
  it('takes a member’s headline over a lead sentence short enough to pass for one, whatever the order', () => {
    expect(labelOf([...church, headline, ...elsewhere])).toBe("Palin's Church Damaged In Suspicious Fire");
    expect(labelOf([headline, ...elsewhere, ...[...church].reverse()])).toBe("Palin's Church Damaged In Suspicious Fire");
  });

  it('writes names as the story’s articles do when a lead sentence is all there is', () => {
    const label = labelOf([...church, ...elsewhere]);
    expect(label).toBe("Alaska Gov. Sarah Palin's home church has been badly damaged in an arson fire");
  });
});
