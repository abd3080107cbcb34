import { describe, expect, it } from 'vitest';
import { storyCompareTitle } from './storyCompareChoice';

describe('storyCompareTitle (review 16, #5)', () => {
  const story = (outlets: ReadonlyArray<string | null>) => ({
    articleIds: outlets.map((_, k) => 100 + k),
    outlets: [...outlets],
    wireCredited: outlets.map(() => false)
  });

  it('says before the click which twelve of a larger story Compare takes, and that a smaller one is taken whole', () => {
    expect(storyCompareTitle(story(['BBC', 'CNN', 'BBC', 'AP', ...Array(12).fill('CNN')]))).toBe(
      'Compare 12 of the 16 articles (a comparison holds 12): the earliest of each of its 3 outlets and 9 more spread from the oldest to the newest; pick others in the story’s list to compare those'
    );
    expect(storyCompareTitle(story(Array(5).fill(null)))).toBe('Compare the 5 articles side by side');
    expect(storyCompareTitle(story([null]))).toMatch(/nothing to compare/);
  });
});
