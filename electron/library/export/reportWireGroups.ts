import { compareInputOf } from '@shared/compare/compareInput';
import { storyCompareChoice, storyMembers } from '@shared/compare/storyCompareChoice';
import { findWireGroups, type WireGroup } from '@shared/compare/wire/wire';
import type { Article } from '@shared/contract/schemas';
import { getArticle } from '../articles';
import type { ReadableDb } from '../db/connection';
import { listStories } from '../stories/storyQueries';

/**
 * The wire groups a report attributes its sources' wire credits from, when its scope is no
 * comparison (a story's or comparison's report uses its own comparison): each source's story is
 * compared as the Compare view compares it (`compareInputOf`, `findWireGroups`: the same alignment
 * and rule as `compareArticles`), once per story; of a story larger than one comparison holds, the
 * articles Compare takes (`storyCompareChoice`). A source left out of those, or in no story, gets
 * no attribution.
 */
export function storyWireGroups(db: ReadableDb, sources: readonly Article[]): WireGroup[] {
  const wanted = new Set(sources.map((a) => a.id));
  const groups: WireGroup[] = [];
  for (const story of listStories(db)) {
    const compared = storyCompareChoice(storyMembers(story)).ids;
    if (!compared.some((id) => wanted.has(id))) continue;
    const members = compared.map((id) => getArticle(db, id)).filter((a): a is Article => a !== undefined);
    if (members.length < 2) continue;
    groups.push(...findWireGroups(members.map(compareInputOf)).groups);
  }
  return groups;
}
