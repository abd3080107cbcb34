/**
 * Which articles Compare takes from a story larger than a comparison holds (review 16, #5): the
 * biggest stories are the ones that most need the overview, so Compare no longer refuses them.
 */
import { plural } from '../../lib/format';
import { MAX_COMPARE } from '../compare/useComparison';

/**
 * `max` articles spread evenly over the story's dates: the oldest, the newest and the rest at even
 * steps between (a story's ids are oldest first, undated last). Evenly spread, the comparison sees
 * how the story was first told, how it was last told and how it went in between, rather than one
 * day's copies of the same wire report. All of them when there are no more than `max`.
 *
 * @example storyCompareChoice([1, 2, 3, 4, 5], 3) // [1, 3, 5]
 */
export function storyCompareChoice(articleIds: readonly number[], max: number = MAX_COMPARE): number[] {
  const n = articleIds.length;
  if (n <= max) return [...articleIds];
  return Array.from({ length: max }, (_, k) => articleIds[Math.round((k * (n - 1)) / (max - 1))]!);
}

/** What Compare does with a story of `count` articles, for its tooltip. */
export function storyCompareTitle(count: number): string {
  if (count < 2) return 'Only one article: nothing to compare it with';
  if (count <= MAX_COMPARE) return `Compare the ${count} articles side by side`;
  return `Compare ${MAX_COMPARE} of the ${plural(count, 'article')}, spread from the oldest to the newest (a comparison holds ${MAX_COMPARE}); pick others in the list to compare those`;
}
