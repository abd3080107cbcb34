import { describe, expect, it } from 'vitest';
import { storyCompareChoice, storyCompareTitle } from './storyCompareChoice';

describe('storyCompareChoice (review 16, #5)', () => {
  const story = Array.from({ length: 16 }, (_, i) => 100 + i);

  it('takes twelve of a larger story, the oldest and the newest among them, each once, in story order', () => {
    const ids = storyCompareChoice(story);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(ids[0]).toBe(story[0]);
    expect(ids.at(-1)).toBe(story.at(-1));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    // Spread out: no run of left-out articles longer than one between two chosen ones.
    const gaps = ids.slice(1).map((id, k) => id - ids[k]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2);
  });

  it('takes a story of twelve or fewer whole, and says what it does before the click', () => {
    expect(storyCompareChoice(story.slice(0, 12))).toEqual(story.slice(0, 12));
    expect(storyCompareTitle(5)).toBe('Compare the 5 articles side by side');
    expect(storyCompareTitle(16)).toMatch(/^Compare 12 of the 16 articles/);
    expect(storyCompareTitle(1)).toMatch(/nothing to compare/);
  });
});
