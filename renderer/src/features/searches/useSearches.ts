import { useCallback } from 'react';
import type { RecentSearch, SavedSearch } from '../../../../shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';

/**
 * The saved searches, by name, each with how many articles match it now. Reloaded with `version`,
 * which the window bumps after every import (a watched folder's included, through
 * `library:changed`), story edit, and save or delete: the counts stay live.
 */
export function useSavedSearches(version: string): readonly SavedSearch[] | undefined {
  return useAsync(`saved-searches:${version}`, () => call('search:saved:list', {}).then((r) => r.searches)).value;
}

/** The recent searches, most recent first, reloaded with `version` (bumped when one is recorded). */
export function useRecentSearches(version: number): readonly RecentSearch[] | undefined {
  return useAsync(`recent-searches:${version}`, () => call('search:recent:list', {}).then((r) => r.searches)).value;
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
 * `search:recent:clear`). Failures are toasts; successes call `onSavedChanged` or
 * `onRecentChanged` so the sidebar reloads what changed, and only that.
 */
export function useSearchesActions(onSavedChanged: () => void, onRecentChanged: () => void): SearchesActions {
  const toast = useToast();
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
