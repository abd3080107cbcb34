import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { LibrarySessionContext } from './librarySessionContext';

/**
 * Holds the window's UI for one library at a time (docs/ui.md, "Libraries"). When the desktop
 * host switched to another library, `switched()` mounts the UI afresh: its query cache, undo
 * history, workspace (open article, comparison, picks, search) and dialogs belong to the old
 * library, and a new mount holds none of them, so nothing of the old library can be shown or
 * written into the new one. What sits outside (toasts, the theme) stays.
 */
export function LibrarySession({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const api = useMemo(() => ({ switched: () => setGeneration((g) => g + 1) }), []);
  return (
    <LibrarySessionContext.Provider value={api}>
      <Fragment key={generation}>{children}</Fragment>
    </LibrarySessionContext.Provider>
  );
}
