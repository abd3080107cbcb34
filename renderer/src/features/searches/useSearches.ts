import { useCallback } from 'react';
import type { RecentSearch, SavedSearch } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { useInvalidate, useQuery } from '../../lib/query/useQuery';

/**
 * The saved searches, by name, each with how many articles match it now. Reloaded after every
 * import (a watched folder's included, through `library:changed`), story edit, and save or
 * delete (topics `articles`, `stories`, `saved-searches`): the counts stay live.
 */
export function useSavedSearches(): readonly SavedSearch[] | undefined {
  return useQuery('search:saved:list', {}).value?.searches;
}

/** The recent searches, most recent first, reloaded when one is recorded or they are cleared. */
export function useRecentSearches(): readonly RecentSearch[] | undefined {
  return useQuery('search:recent:list', {}).value?.searches;
}

/** What the user can do to saved and recent searches. */
export interface SearchesActions {
  /** Saves `query` as `name` (a name in use gets the new query); resolves false when it failed. */
  save(name: string, query: string): Promise<boolean>;
  remove(search: SavedSearch): void;
  clearRecent(): void;
}

/**
 * Saved and recent searches' edits through the engine (`search:saved:add`, `:delete`,
 * `search:recent:clear`). Failures are toasts; successes invalidate `saved-searches` or
 * `recent-searches` so the sidebar reloads what changed, and only that.
 */
export function useSearchesActions(): SearchesActions {
  const toast = useToast();
  const invalidate = useInvalidate();
  const onSavedChanged = useCallback(() => invalidate(['saved-searches']), [invalidate]);
  const onRecentChanged = useCallback(() => invalidate(['recent-searches']), [invalidate]);
  const save = useCallback(
    (name: string, query: string) =>
      call('search:saved:add', { name, query }).then(
        () => {
          onSavedChanged();
          return true;
        },
        (error: unknown) => {
          toast.showError(error);
          return false;
        }
      ),
    [onSavedChanged, toast]
  );
  const remove = useCallback(
    (search: SavedSearch) => {
      call('search:saved:delete', { id: search.id }).then(() => {
        onSavedChanged();
        toast.showMessage(`Deleted the saved search “${search.name}”.`);
      }, toast.showError);
    },
    [onSavedChanged, toast]
  );
  const clearRecent = useCallback(() => {
    call('search:recent:clear', {}).then(onRecentChanged, toast.showError);
  }, [onRecentChanged, toast]);
  return { save, remove, clearRecent };
}
