import { useCallback } from 'react';
import type { ChannelOutput } from '@shared/contract/channels';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { libraryName } from './libraryName';
import { useLibrarySession } from './librarySessionContext';

type Opened = ChannelOutput<'library:open'>;

/** The switches the window offers (File menu, Settings → Library), each said in a toast when it is done or refused. */
export interface LibrarySwitch {
  /** Opens `path` (a recent library), or asks with the Open dialog when it is left out. */
  open(path?: string): Promise<void>;
  /** Names a new library with the Save dialog and opens it, empty. */
  create(): Promise<void>;
}

/**
 * Asks the desktop host to open another library (`library:open`, `library:create`) and, once it
 * did, starts the window afresh on it ({@link useLibrarySession}). A refusal (not a library, a
 * newer one, a missing file) is shown as a toast and the open library stays.
 */
export function useLibrarySwitch(): LibrarySwitch {
  const toast = useToast();
  const { switched } = useLibrarySession();
  const after = useCallback(
    (opened: Opened) => {
      if (opened.path === null) return;
      switched();
      toast.showMessage(
        opened.readOnly
          ? `Opened the library ${libraryName(opened.path)} read-only: ${opened.readOnly}.`
          : `Opened the library ${libraryName(opened.path)}.`
      );
    },
    [switched, toast]
  );
  const open = useCallback(
    async (path?: string) => {
      try {
        after(await call('library:open', path === undefined ? {} : { path }));
      } catch (error) {
        toast.showError(error);
      }
    },
    [after, toast]
  );
  const create = useCallback(async () => {
    try {
      after(await call('library:create', {}));
    } catch (error) {
      toast.showError(error);
    }
  }, [after, toast]);
  return { open, create };
}
