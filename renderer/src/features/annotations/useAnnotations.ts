import { useMemo } from 'react';
import type { ChannelOutput } from '@shared/contract/channels';
import type { AnnotationCounts, AnnotationFilter, ColourMeaning } from '@shared/contract/annotationSchemas';
import { useQueryClient } from '../../lib/query/queryContext';
import { useQuery, type QueryResult } from '../../lib/query/useQuery';
import { annotationWrites, type AnnotationWrites } from './annotationWrites';

/**
 * The annotation reads go through the window's query layer (lib/query): one fetch per filter
 * shared by every component showing it, fetched again when annotations change (a write below, or
 * the engine's `library:changed` after re-anchoring).
 */

/**
 * The `annotations:*` writes, shown on screen before the engine answers and taken back when it
 * refuses (annotationWrites.ts).
 */
export function useAnnotationWrites(): AnnotationWrites {
  const client = useQueryClient();
  return useMemo(() => annotationWrites(client), [client]);
}

/** Annotations matching a filter, one page of them (`annotations:list`). */
export function useAnnotationList(
  filter: AnnotationFilter,
  options: { sort?: 'position' | 'created' | 'updated'; offset?: number; limit?: number } = {}
): QueryResult<ChannelOutput<'annotations:list'>> {
  return useQuery('annotations:list', {
    filter,
    sort: options.sort ?? 'updated',
    offset: options.offset ?? 0,
    limit: options.limit ?? 200
  });
}

/** An article's annotations (highlights, its notes, passage notes it is part of), in reading order; none while no article is open. */
export function useArticleAnnotations(articleId: number | null): QueryResult<ChannelOutput<'annotations:list'>> {
  return useQuery(
    'annotations:list',
    articleId === null ? null : { filter: { articleId }, sort: 'position', offset: 0, limit: 1000 }
  );
}

/** Counts by colour, tag and state over the annotations matching a filter (`annotations:counts`). */
export function useAnnotationCounts(filter: AnnotationFilter): QueryResult<AnnotationCounts> {
  return useQuery('annotations:counts', { filter });
}

/** Tags in use, most used first (for filters and autocomplete). */
export function useAnnotationTags(prefix = ''): ChannelOutput<'annotations:tags'>['tags'] | undefined {
  return useQuery('annotations:tags', { prefix, limit: 200 }).value?.tags;
}

const NO_COLOURS: readonly ColourMeaning[] = [];

/**
 * The six colours' meanings, colour 1 first (none until the first answer): one answer for the
 * page, replaced by a rename's answer at once.
 */
export function useColourMeanings(): readonly ColourMeaning[] {
  return useQuery('annotations:colours:get', {}).value?.colours ?? NO_COLOURS;
}
