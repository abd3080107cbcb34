import { useCallback, useEffect, useState } from 'react';
import { useToast } from '../../components/useToast';
import { call, onEvent } from '../../lib/api';
import type { RunningStoriesJob } from '@shared/stories/storiesProgressText';

/** The stories job under way, if any, and how to stop it. */
export interface StoriesProgressState {
  /** The latest `stories:progress` of the running job; null when none runs. */
  readonly running: RunningStoriesJob | null;
  /** True from a Cancel until the job says it ended. */
  readonly cancelling: boolean;
  /** Asks the engine to stop the running job (`stories:cancel`); it rolls back. */
  cancel(): void;
}

/**
 * Follows the engine's stories jobs (`stories:progress`): a regroup, grouping at start, an import's
 * grouping. Grouping at start says here how it ended when it was stopped or failed; a regroup says
 * it where it was asked for (`useStoryActions`).
 */
export function useStoriesProgress(): StoriesProgressState {
  const toast = useToast();
  const [running, setRunning] = useState<RunningStoriesJob | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(
    () =>
      onEvent('stories:progress', (event) => {
        if (event.state === 'running') {
          setRunning(event);
          return;
        }
        setRunning(null);
        setCancelling(false);
        if (event.job !== 'place') return;
        if (event.state === 'cancelled')
          toast.showMessage('Grouping stopped: the new articles stay in no story until the next import or start.');
        else if (event.state === 'failed') toast.showMessage(event.message);
      }),
    [toast]
  );

  const cancel = useCallback(() => {
    setCancelling(true);
    call('stories:cancel', {}).then(
      ({ cancelled }) => {
        // It ended before the stop came: its last event has cleared the line, or will.
        if (!cancelled) setCancelling(false);
      },
      (error: unknown) => {
        setCancelling(false);
        toast.showError(error);
      }
    );
  }, [toast]);

  return { running, cancelling, cancel };
}
