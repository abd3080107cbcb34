import { useCallback, useState, type CSSProperties } from 'react';
import { Splitter } from '../components/Splitter';
import { NotesPanel } from '../features/annotations/panel/NotesPanel';
import { SettingsDialog } from '../features/annotations/settings/SettingsDialog';
import { CompareView } from '../features/compare/CompareView';
import { ExportProvider } from '../features/export/ExportProvider';
import { HighlightProvider } from '../features/annotations/highlight/HighlightProvider';
import { LibraryList } from '../features/library/LibraryList';
import { useLibraryTitle } from '../features/libraries/useLibraryTitle';
import { Reader } from '../features/reader/Reader';
import { SearchResults } from '../features/search/SearchResults';
import { useWorkspace } from '../features/workspace/workspaceContext';
import { WorkspaceProvider } from '../features/workspace/WorkspaceProvider';
import { QueryProvider } from '../lib/query/QueryProvider';
import { useStoredFlag } from '../lib/useStoredValue';
import { ImportLayer } from './ImportLayer';
import { SearchField } from './SearchField';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useAppCommands } from './useAppCommands';
import { usePaneWidth } from './usePaneWidth';
import './App.css';

const NO_TERMS: readonly string[] = [];

/**
 * The main window: top bar, the sidebar (stories, saved and recent searches), the library list (or
 * a story's articles, or the search results while a search is on), and the reader; or, while one
 * is open, the comparison over them. What the panes share lives in the workspace
 * (features/workspace) and what they read in the query layer (lib/query); this is the layout.
 */
export function App() {
  return (
    <QueryProvider>
      <ExportProvider>
        <WorkspaceProvider>
          <AppWindow />
        </WorkspaceProvider>
      </ExportProvider>
    </QueryProvider>
  );
}

function AppWindow() {
  const workspace = useWorkspace();
  const { state, dispatch, info, searching, search, variants, comparison, comparing, imports, refs } = workspace;
  const [searchFocused, setSearchFocused] = useState(false);
  const [storiesOpen, setStoriesOpen] = useStoredFlag('crosscheck.storiesOpen', true);
  const [notesOpen, setNotesOpen] = useStoredFlag('crosscheck.notesOpen', false);
  const pane = usePaneWidth({ storiesOpen, notesOpen });
  const openSettings = () => dispatch({ type: 'settings', open: true });
  const { openElsewhere } = workspace;
  const openForHighlight = useCallback((id: number) => openElsewhere(id, { focusReader: true }), [openElsewhere]);
  useAppCommands({ toggleNotes: () => setNotesOpen(!notesOpen) });
  useLibraryTitle(info?.path);

  return (
    <HighlightProvider onOpenArticle={openForHighlight}>
      <div className={`app${searchFocused ? ' is-search-focused' : ''}`}>
        <TopBar
          search={<SearchField onFocusChange={setSearchFocused} />}
          importBusy={imports.busy}
          importReady={info !== undefined}
          onImport={imports.start}
          hasLastReport={imports.hasLastReport}
          onShowLastReport={imports.showLastReport}
          storiesOpen={storiesOpen && !pane.sidebarAside}
          sidebarAside={pane.sidebarAside}
          // The sidebar set aside for the notes comes back when the notes make room for it.
          onStoriesOpenChange={(open) => (open && pane.sidebarAside ? setNotesOpen(false) : setStoriesOpen(open))}
          notesOpen={notesOpen}
          onNotesOpenChange={setNotesOpen}
          onOpenSettings={openSettings}
        />
        <main className="app__main">
          <div
            className={`app__panes${pane.sidebarAside ? ' is-sidebar-aside' : ''}`}
            style={{ '--sidebar-width': `${pane.sidebarWidth}px`, '--notes-width': `${pane.notesWidth}px` } as CSSProperties}
            inert={comparing}
            aria-hidden={comparing || undefined}
          >
            {storiesOpen ? <Sidebar onHide={() => setStoriesOpen(false)} /> : null}
            <div className="app__list" style={{ width: pane.width }}>
              {searching ? <SearchResults /> : <LibraryList />}
            </div>
            <Splitter value={pane.width} min={pane.listMin} max={pane.listMax} onChange={pane.setWidth} label="Resize the list and the reader" />
            <div className="app__reader">
              <Reader
                articleId={state.openId}
                terms={searching ? (search.response?.terms ?? NO_TERMS) : NO_TERMS}
                variantOf={variants.variantOf}
                onBack={workspace.focusList}
                libraryEmpty={info?.articleCount === 0}
                readerRef={refs.reader}
              />
            </div>
            {notesOpen ? (
              <div className="app__notes">
                <NotesPanel
                  stories={workspace.stories}
                  onOpenArticle={(id) => openElsewhere(id, { focusReader: false })}
                  onOpenStory={(id) => dispatch({ type: 'open-story', storyId: id })}
                  onOpenSettings={openSettings}
                  onClose={() => setNotesOpen(false)}
                />
              </div>
            ) : null}
          </div>
          {comparison.request ? (
            <div className="app__compare">
              <CompareView key={comparison.request.run} request={comparison.request} onCancel={workspace.closeComparison} onClose={workspace.closeComparison} />
            </div>
          ) : null}
        </main>
        <ImportLayer />
        <SettingsDialog open={state.settingsOpen} onClose={() => dispatch({ type: 'settings', open: false })} />
      </div>
    </HighlightProvider>
  );
}
