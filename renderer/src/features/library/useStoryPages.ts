import { useCallback, useMemo } from 'react';
import { useQuery } from '../../lib/query/useQuery';
import { sortSummaries, type SortState } from './sortState';
import type { ArticlePages } from './useArticlePages';

/** Most articles of one story listed (the search engine's limit per query). */
export const STORY_LIMIT = 500;

/** A story's articles as list pages, plus how many there are in all. */
export interface StoryPages extends ArticlePages {
  /** Articles in the story, which may exceed those listed ({@link STORY_LIMIT}). */
  readonly storyTotal: number | null;
}

const NOTHING = () => undefined;
const NOT_FOUND = () => -1;
const NO_RANGE = () => {};

/**
 * The articles of one story, for the library list: fetched whole with the search engine's
 * `story:<id>` filter and sorted here in the list's order. Reloaded when the library or its
 * stories change (the query layer); another story's rows are never shown while this one loads.
 */
export function useStoryPages(storyId: number | null, sort: SortState): StoryPages {
  const result = useQuery('search:query', storyId === null ? null : { query: `story:${storyId}`, limit: STORY_LIMIT });
  const response = result.current ? result.value : undefined;
  const rows = useMemo(
    () =>
      response
        ? sortSummaries(
            response.hits.map((hit) => hit.article),
            sort
          )
        : null,
    [response, sort]
  );
  const getRow = useCallback((index: number) => rows?.[index], [rows]);
  const indexOf = useCallback((id: number) => rows?.findIndex((row) => row.id === id) ?? -1, [rows]);
  if (!rows)
    return { total: null, storyTotal: null, getRow: NOTHING, ensureRange: NO_RANGE, reachRange: NO_RANGE, indexOf: NOT_FOUND };
  return {
    total: rows.length,
    storyTotal: response?.total ?? rows.length,
    getRow,
    ensureRange: NO_RANGE,
    reachRange: NO_RANGE,
    indexOf
  };
}
