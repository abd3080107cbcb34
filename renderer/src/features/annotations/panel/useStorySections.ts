import { useMemo } from 'react';
import type { AnnotationFilter } from '@shared/contract/annotationSchemas';
import type { StorySummary } from '@shared/contract/schemas';
import { useQueries, type QuerySlot } from '../../../lib/query/useQuery';
import type { Section } from './sections';

/**
 * Groups by story: one per story holding matching annotations (its notes and its articles'), in
 * the sidebar's order. Counts come from `annotations:counts` per story (through the query layer),
 * asked only while grouping by story; undefined until every story's count has come.
 */
export function useStorySections(
  enabled: boolean,
  base: AnnotationFilter,
  stories: readonly StorySummary[] | undefined
): Section[] | undefined {
  const filters = useMemo(
    () => (enabled && stories ? stories.map((s) => ({ story: s, filter: { ...base, storyId: s.id } })) : []),
    [enabled, stories, base]
  );
  const slots = useMemo(
    () => filters.map(({ story, filter }): QuerySlot<'annotations:counts'> => ({ slot: `s${story.id}`, input: { filter } })),
    [filters]
  );
  const counts = useQueries('annotations:counts', slots);
  return useMemo(() => {
    if (!enabled || !stories) return undefined;
    const totals = filters.map(({ story }) => counts.get(`s${story.id}`)?.value?.total);
    if (totals.some((total) => total === undefined)) return undefined;
    return filters.flatMap(({ story, filter }, i) => {
      const count = totals[i] ?? 0;
      return count > 0 ? [{ key: `s${story.id}`, label: story.label, colour: null, filter, count }] : [];
    });
  }, [enabled, stories, filters, counts]);
}
