import { describe, expect, it } from 'vitest';
import { describeStoriesProgress } from './storiesProgressText';

describe('describeStoriesProgress', () => {
  it('says the job and its phase, with the percentage of a counted phase, rounded down', () => {
    expect(describeStoriesProgress({ state: 'running', job: 'regroup', phase: 'neighbours', done: 1023, total: 2048 })).toEqual({
      text: 'Regrouping stories: finding similar articles',
      percent: 49,
      cancellable: true
    });
    expect(describeStoriesProgress({ state: 'running', job: 'regroup', phase: 'writing', done: 2047, total: 2048 }).percent).toBe(99);
  });

  it('gives no percentage where the phase has no count (or nothing to count)', () => {
    expect(describeStoriesProgress({ state: 'running', job: 'place', phase: 'clustering', done: null, total: null })).toEqual({
      text: 'Grouping new articles: joining them into stories',
      percent: null,
      cancellable: true
    });
    expect(describeStoriesProgress({ state: 'running', job: 'regroup', phase: 'vectors', done: 0, total: 0 }).percent).toBeNull();
  });

  it('offers no Cancel for an import’s grouping, which stories:cancel does not stop', () => {
    expect(describeStoriesProgress({ state: 'running', job: 'import', phase: 'placing', done: null, total: null })).toMatchObject({
      text: 'Grouping the imported articles: placing them in stories',
      cancellable: false
    });
  });
});
