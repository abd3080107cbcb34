/**
 * What Compare does with a story, said before the click (review 16, #5): the biggest stories are
 * the ones that most need the overview, so Compare takes twelve of them rather than refusing. Which
 * twelve is the one choice the exports make too (`shared/compare/storyCompareChoice.ts`).
 */
import { storyCompareChoice, storyCompareText, storyMembers } from '@shared/compare/storyCompareChoice';
import type { StorySummary } from '@shared/contract/schemas';
import { MAX_COMPARE } from '../compare/useComparison';

/** What Compare does with a story, for its tooltips. */
export function storyCompareTitle(story: Pick<StorySummary, 'articleIds' | 'outlets' | 'wireCredited'>): string {
  const count = story.articleIds.length;
  if (count < 2) return 'Only one article: nothing to compare it with';
  if (count <= MAX_COMPARE) return `Compare the ${count} articles side by side`;
  return `Compare ${storyCompareText(storyCompareChoice(storyMembers(story)))}; pick others in the story’s list to compare those`;
}
