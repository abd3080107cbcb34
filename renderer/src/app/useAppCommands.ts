import { useOpenExport } from '../features/export/exportContext';
import { ALL_ANNOTATIONS, compareRequest, picksRequest, searchRequest, storyRequest, type ExportRequest } from '../features/export/exportRequest';
import { useWorkspace } from '../features/workspace/workspaceContext';
import { useLibrarySwitch } from '../features/libraries/useLibrarySwitch';
import { useToast } from '../components/useToast';
import { call } from '../lib/api';
import { useMenuCommands } from './useMenuCommands';
import { useShortcut } from './useShortcut';

/**
 * The window's keyboard shortcuts (Ctrl/⌘+K search, +J notes, +E export) and the desktop menu's
 * commands, run the same way the buttons run them.
 */
export function useAppCommands({ toggleNotes }: { toggleNotes: () => void }): void {
  const workspace = useWorkspace();
  const openExport = useOpenExport();
  const { state, comparison, searching, story, imports, focusSearch, dispatch } = workspace;
  const libraries = useLibrarySwitch();
  const toast = useToast();

  // File → Export… and Ctrl/⌘+E export what is in front of the user: the comparison, the picks,
  // the search, the story, the open article; with none of these, every annotation.
  const exportRequestNow = (): ExportRequest => {
    const shown = comparison.request;
    if (shown) return compareRequest(shown.ids, shown.title);
    if (state.picks.size > 0) return picksRequest([...state.picks]);
    if (searching) return searchRequest(state.query);
    if (story) return storyRequest(story.id, story.label);
    if (state.openId !== null) return { scope: { kind: 'articles', articleIds: [state.openId] }, label: 'The article open in the reader' };
    return ALL_ANNOTATIONS;
  };
  const exportNow = () => openExport(exportRequestNow());

  useShortcut('k', focusSearch);
  useShortcut('j', toggleNotes);
  useShortcut('e', exportNow);
  useMenuCommands({
    import: imports.start,
    'focus-search': focusSearch,
    'show-last-import': imports.showLastReport,
    'toggle-notes': toggleNotes,
    settings: () => dispatch({ type: 'settings', open: true }),
    export: exportNow,
    'new-library': () => void libraries.create(),
    'open-library': () => void libraries.open(),
    'clear-recent-libraries': () =>
      void call('library:clearRecent', {}).then(
        () => toast.showMessage('Cleared the recent libraries.'),
        (error: unknown) => toast.showError(error)
      )
  }, libraries.open);
}
