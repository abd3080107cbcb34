import { useCallback } from 'react';
import type { StorySummary } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { ApiError, call } from '../../lib/api';
import { plural } from '../../lib/format';
import { useInvalidate, useQuery } from '../../lib/query/useQuery';

/** The library's stories, largest first, reloaded after imports and story edits (the query layer's `stories`). */
export function useStories(): readonly StorySummary[] | undefined {
  return useQuery('stories:list', {}).value?.stories;
}

/** What the user can do to stories; each reports success quietly and then invalidates `stories` and `annotations`. */
export interface StoryActions {
  rename(story: StorySummary, label: string): void;
  /** Moves articles into a story (dropped on it, or chosen in "Move to story…"). */
  move(articleIds: readonly number[], story: StorySummary): void;
  /** Merges stories into `target`, which keeps its name. */
  merge(target: StorySummary, others: readonly StorySummary[]): void;
  /** Splits articles off into a new story; `onSplit` gets its id. */
  split(articleIds: readonly number[], onSplit?: (storyId: number) => void): void;
  /** Groups the library into stories again (user edits are kept). */
  regroup(): void;
}

/**
 * The stories' edits through the engine (`stories:rename`, `:move`, `:merge`, `:split`,
 * `:regroup`). Failures are toasts; successes reload what reads the stories (the list of
 * stories, a story's articles, searches filtering by story, saved-search counts) and the notes:
 * a story note moves with a merge, split or move (followStoryNotes), so the notes panel would
 * otherwise show it under a story that is gone (review 14, finding 5).
 */
export function useStoryActions(): StoryActions {
  const toast = useToast();
  const invalidate = useInvalidate();
  const done = useCallback(
    (message: string | null) => {
      invalidate(['stories', 'annotations']);
      if (message) toast.showMessage(message);
    },
    [invalidate, toast]
  );
  const rename = useCallback(
    (story: StorySummary, label: string) => {
      const trimmed = label.trim();
      if (!trimmed || trimmed === story.label) return;
      call('stories:rename', { id: story.id, label: trimmed }).then(() => done(null), toast.showError);
    },
    [done, toast]
  );
  const move = useCallback(
    (articleIds: readonly number[], story: StorySummary) => {
      const ids = articleIds.filter((id) => !story.articleIds.includes(id));
      if (ids.length === 0) {
        toast.showMessage(
          articleIds.length === 1
            ? `That article is already in “${story.label}”.`
            : `Those articles are already in “${story.label}”.`
        );
        return;
      }
      call('stories:move', { articleIds: ids, storyId: story.id }).then(
        () => done(`Moved ${plural(ids.length, 'article')} to “${story.label}”.`),
        toast.showError
      );
    },
    [done, toast]
  );
  const merge = useCallback(
    (target: StorySummary, others: readonly StorySummary[]) => {
      if (others.length === 0) return;
      call('stories:merge', { targetId: target.id, sourceIds: others.map((s) => s.id) }).then(
        () => done(`Merged ${plural(others.length + 1, 'story', 'stories')} into “${target.label}”.`),
        toast.showError
      );
    },
    [done, toast]
  );
  const split = useCallback(
    (articleIds: readonly number[], onSplit?: (storyId: number) => void) => {
      if (articleIds.length === 0) return;
      call('stories:split', { articleIds: [...articleIds] }).then(({ storyId }) => {
        done(`Split ${plural(articleIds.length, 'article')} into a new story.`);
        onSplit?.(storyId);
      }, toast.showError);
    },
    [done, toast]
  );
  const regroup = useCallback(() => {
    call('stories:regroup', {}).then(
      ({ stories }) => done(`Regrouped the library: ${plural(stories, 'story', 'stories')}. Your names and moves were kept.`),
      (error: unknown) => {
        // Cancel in the sidebar's progress line: nothing was written.
        if (error instanceof ApiError && error.error.code === 'cancelled') toast.showMessage('Regrouping stopped: your stories are unchanged.');
        else toast.showError(error);
      }
    );
  }, [done, toast]);
  return { rename, move, merge, split, regroup };
}
