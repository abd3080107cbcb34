import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY_THRESHOLD, storyThreshold } from './storiesThreshold';

describe('storyThreshold', () => {
  it('is the tuned threshold in a large library and lower in a smaller one, never lower than at 100 articles', () => {
    for (const n of [800, 2_130, 21_578]) expect(storyThreshold(n)).toBe(DEFAULT_STORY_THRESHOLD);
    const sizes = [100, 150, 250, 400, 600, 772, 799];
    const thresholds = sizes.map((n) => storyThreshold(n));
    for (let k = 1; k < sizes.length; k++) expect(thresholds[k]!).toBeGreaterThan(thresholds[k - 1]!);
    expect(thresholds[0]!).toBeLessThan(0.75 * DEFAULT_STORY_THRESHOLD);
    for (const n of [0, 1, 12, 99]) expect(storyThreshold(n)).toBe(storyThreshold(100));
  });
});
