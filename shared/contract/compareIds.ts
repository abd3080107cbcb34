import { z } from 'zod';
import { ArticleId, COMPARE_MAX, COMPARE_MIN } from './schemas';

/**
 * The first id a list names twice, or undefined when each is named once. A comparison of an
 * article with itself says nothing (two identical columns, 100 % shared), so callers refuse it.
 *
 * @example repeatedId([3, 7, 3]) // 3
 */
export function repeatedId(ids: readonly number[]): number | undefined {
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/**
 * The articles of a comparison: 2–12 ids, each once (`compare:articles`, an export's compare
 * scope). NB: the window never sends a repeat; the command line and scripts can.
 */
export const CompareArticleIds = z
  .array(ArticleId)
  .min(COMPARE_MIN)
  .max(COMPARE_MAX)
  .superRefine((ids, ctx) => {
    const twice = repeatedId(ids);
    if (twice !== undefined)
      ctx.addIssue({ code: 'custom', message: `Article ${twice} is named twice; compare each article once.` });
  });
