import { useCallback, useMemo } from 'react';
import type { ImportReport } from '@shared/contract/schemas';
import { useQuery } from '../../lib/query/useQuery';
import { importedRows } from './importedRows';
import { sortSummaries, type SortState } from './sortState';
import type { StoryPages } from './useStoryPages';

/** The most rows one `articles:list` page holds (`ARTICLES_PAGE_MAX` in the contract). */
const IMPORT_ROWS = 1000;

const NOTHING = () => undefined;
const NOT_FOUND = () => -1;
const NO_RANGE = () => {};

/**
 * The articles one import wrote, for the library list ("Show these articles" in its report): the
 * library's most recently imported articles (one `articles:list` page, newest imported first),
 * those stamped within the run kept and sorted here in the list's order. `storyTotal` is how many
 * the run wrote, which exceeds the rows listed when some were since deleted or imported again, or
 * when the run wrote more than one page holds.
 */
export function useImportPages(run: ImportReport | null, sort: SortState): StoryPages {
  const result = useQuery(
    'articles:list',
    run === null ? null : { sort: 'importedAt', direction: 'desc', offset: 0, limit: IMPORT_ROWS }
  );
  const response = result.current ? result.value : undefined;
  const rows = useMemo(
    () => (response && run ? sortSummaries(importedRows(response.items, run), sort) : null),
    [response, run, sort]
  );
  const getRow = useCallback((index: number) => rows?.[index], [rows]);
  const indexOf = useCallback((id: number) => rows?.findIndex((row) => row.id === id) ?? -1, [rows]);
  if (!rows || !run)
    return { total: null, storyTotal: null, getRow: NOTHING, ensureRange: NO_RANGE, reachRange: NO_RANGE, indexOf: NOT_FOUND };
  return {
    total: rows.length,
    storyTotal: Math.max(rows.length, run.imported),
    getRow,
    ensureRange: NO_RANGE,
    reachRange: NO_RANGE,
    indexOf
  };
}
