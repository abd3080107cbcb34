import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchSort, StorySummary } from '../../../shared/contract/schemas';
import { Splitter } from '../components/Splitter';
import { useToast } from '../components/useToast';
import { NotesPanel } from '../features/annotations/panel/NotesPanel';
import { SettingsDialog } from '../features/annotations/settings/SettingsDialog';
import { CompareView } from '../features/compare/CompareView';
import { compareProblem, MAX_COMPARE, useComparison } from '../features/compare/useComparison';
import { ExportButton } from '../features/export/ExportButton';
import { useOpenExport } from '../features/export/exportContext';
import {
  ALL_ANNOTATIONS,
  compareRequest,
  picksRequest,
  searchRequest,
  storyRequest,
  type ExportRequest
} from '../features/export/exportRequest';
import { ExportProvider } from '../features/export/ExportProvider';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportStatusBar } from '../features/import/ImportProgress';
import { HighlightProvider } from '../features/annotations/highlight/HighlightProvider';
import { ColumnMappingDialog } from '../features/import/ColumnMappingDialog';
import { ImportPathsDialog } from '../features/import/ImportPathsDialog';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { useFileDrop } from '../features/import/useFileDrop';
import { useImportFlow } from '../features/import/useImportFlow';
import { LibraryList } from '../features/library/LibraryList';
import { NO_PICKS, type Picks } from '../features/library/picks';
import { SelectionBar } from '../features/library/SelectionBar';
import { DEFAULT_SORT, type SortState } from '../features/library/sortState';
import { useLibraryInfo } from '../features/library/useLibraryInfo';
import { Reader } from '../features/reader/Reader';
import { SearchBox } from '../features/search/SearchBox';
import { searchHitId } from '../features/search/SearchHitRow';
import { SearchResults } from '../features/search/SearchResults';
import { useSearch } from '../features/search/useSearch';
import { NO_VARIANTS, variantInfo } from '../features/search/variantWords';
import { SaveSearchButton } from '../features/searches/SaveSearchButton';
import { SearchesSection } from '../features/searches/SearchesSection';
import { useRecordSearch } from '../features/searches/useRecordSearch';
import { useRecentSearches, useSavedSearches, useSearchesActions } from '../features/searches/useSearches';
import { StoriesSidebar } from '../features/stories/StoriesSidebar';
import { useStories, useStoryActions } from '../features/stories/useStories';
import { plural } from '../lib/format';
import { useStoredFlag, useStoredNumber } from '../lib/useStoredValue';
import { TopBar } from './TopBar';
import { useMenuCommands } from './useMenuCommands';
import { useShortcut } from './useShortcut';
import { useWindowWidth } from './useWindowWidth';
import './App.css';

const NO_TERMS: readonly string[] = [];
const LIST_MIN_WIDTH = 360;
const READER_MIN_WIDTH = 400;
/** Must match `.stories` in stories.css (and `.app__sidebar` in App.css). */
const STORIES_WIDTH = 248;
/** Must match `.app__notes` in notesPanel.css. */
const NOTES_WIDTH = 340;

/**
 * The main window: top bar, the sidebar (stories, saved and recent searches), the library list (or
 * a story's articles, or the search results while a search is on), and the reader; or, while one
 * is open, the comparison over them. It owns what the panes share — the search, the selection and
 * picks, the open article, the story shown — and where keyboard focus goes between them.
 */
export function App() {
  return (
    <ExportProvider>
      <AppWindow />
    </ExportProvider>
  );
}

function AppWindow() {
  const toast = useToast();
  const openExport = useOpenExport();
  const [version, setVersion] = useState(0);
  // Bumped while an import commits articles: only the library list and its count follow it
  // (searches, stories and saved-search counts wait for the import to end).
  const [liveVersion, setLiveVersion] = useState(0);
  const onLibraryGrew = useCallback(() => setLiveVersion((v) => v + 1), []);
  const info = useLibraryInfo(version + liveVersion);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [libraryIndex, setLibraryIndex] = useState(-1);
  const [query, setQuery] = useState('');
  const [newestFirst, setNewestFirst] = useStoredFlag('crosscheck.search.newestFirst', false);
  const searchSort: SearchSort = newestFirst ? 'date' : 'relevance';
  const search = useSearch(query, { sort: searchSort, version });
  const searching = query.trim() !== '';
  const hits = search.response?.hits ?? [];
  const variants = useMemo(
    () => (search.response && searching ? variantInfo(search.response) : NO_VARIANTS),
    [search.response, searching]
  );
  // The selection belongs to one answer: a new answer (or a new order) starts again at its first hit.
  const answerKey = search.response ? `${search.response.sort}:${search.response.query}` : '';
  const [hitSelection, setHitSelection] = useState({ answerKey, index: 0 });
  const hitIndex = hitSelection.answerKey === answerKey ? hitSelection.index : 0;
  const [openId, setOpenId] = useState<number | null>(null);
  const [searchFocused, setSearchFocused] = useState(false);
  // 560 leaves the reader a comfortable column at 1440 px (720 left it ~450 px of text, issue 12).
  const [listWidth, setListWidth] = useStoredNumber('crosscheck.listWidth', 560);
  const windowWidth = useWindowWidth();
  const [picks, setPicks] = useState<Picks>(NO_PICKS);
  const [storiesOpen, setStoriesOpen] = useStoredFlag('crosscheck.storiesOpen', true);
  const [storyChoice, setStoryChoice] = useState<number | null>(null);
  const [notesOpen, setNotesOpen] = useStoredFlag('crosscheck.notesOpen', false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const toggleNotes = useCallback(() => setNotesOpen(!notesOpen), [notesOpen, setNotesOpen]);
  const stories = useStories(version);
  // A story merged away or emptied by a move is gone: the list falls back to the whole library.
  const story = storyChoice === null ? null : (stories?.find((s) => s.id === storyChoice) ?? null);
  const comparison = useComparison();
  const comparing = comparison.state.phase !== 'closed';

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);

  const onImported = useCallback(() => setVersion((v) => v + 1), []);
  // Saved searches reload with the library (their counts) and when one is saved or deleted;
  // recent ones only when one is recorded or they are cleared.
  const [savedVersion, setSavedVersion] = useState(0);
  const [recentVersion, setRecentVersion] = useState(0);
  const onSavedChanged = useCallback(() => setSavedVersion((v) => v + 1), []);
  const onRecentChanged = useCallback(() => setRecentVersion((v) => v + 1), []);
  const savedSearches = useSavedSearches(`${version}:${savedVersion}`);
  const recentSearches = useRecentSearches(recentVersion);
  const searchesActions = useSearchesActions(onSavedChanged, onRecentChanged);
  const recordSearch = useRecordSearch(query, onRecentChanged);
  const storyActions = useStoryActions(onImported);
  const imports = useImportFlow(info?.canPickFiles ?? false, onImported, onLibraryGrew);
  const dragging = useFileDrop(imports.drop);

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  // The list element changes when search starts or ends: focus it once React has drawn it.
  const focusList = useCallback(() => requestAnimationFrame(() => listRef.current?.focus({ preventScroll: true })), []);

  const open = useCallback((id: number, { focusReader }: { focusReader: boolean }) => {
    setOpenId(id);
    if (focusReader) readerRef.current?.focus({ preventScroll: true });
  }, []);

  // Opened from the results or a report: the library's cursor no longer means anything, and the
  // list's arrow keys will start from the open article instead.
  const openElsewhere = useCallback(
    (id: number, options: { focusReader: boolean }) => {
      setLibraryIndex(-1);
      open(id, options);
    },
    [open]
  );

  // The notes panel opens an article at a highlight (or to re-attach one): the reader shows it.
  const openForHighlight = useCallback((id: number) => openElsewhere(id, { focusReader: true }), [openElsewhere]);

  const leaveSearch = useCallback(() => {
    setQuery('');
    focusList();
  }, [focusList]);

  const selectHit = (index: number) => setHitSelection({ answerKey, index });

  // Enter before the answer to what was typed has come: open that answer's best hit when it
  // comes, not the selected hit of the previous answer still on screen.
  const openOnAnswer = useRef<string | null>(null);
  useEffect(() => {
    const wanted = openOnAnswer.current;
    if (wanted === null || search.pending || search.response?.query !== wanted) return;
    const best = search.response.hits[0];
    // On the next frame, once the new hits are drawn (and selected) under the box.
    const frame = requestAnimationFrame(() => {
      openOnAnswer.current = null;
      if (best) openElsewhere(best.article.id, { focusReader: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [search.pending, search.response, openElsewhere]);

  const chooseStory = (id: number | null) => {
    setStoryChoice(id);
    setLibraryIndex(-1);
  };

  const compareStory = (chosen: StorySummary) => {
    const count = chosen.articleIds.length;
    if (count < 2) {
      toast.showMessage(`“${chosen.label}” has one article: there is nothing to compare it with yet.`);
      return;
    }
    if (count > MAX_COMPARE) {
      chooseStory(chosen.id);
      toast.showMessage(
        `“${chosen.label}” has ${plural(count, 'article')}; a comparison takes 2 to ${MAX_COMPARE}. Pick the ones to compare in the list (Ctrl/⌘-click, Shift-click), then press Compare.`
      );
      return;
    }
    comparison.start(chosen.articleIds, chosen.label);
  };

  const comparePicks = () => {
    const ids = [...picks];
    const problem = compareProblem(ids.length);
    if (problem) {
      toast.showMessage(problem);
      return;
    }
    // Every article of the story shown: the comparison is that story's, and says so.
    const whole = story && ids.length === story.articleIds.length && ids.every((id) => story.articleIds.includes(id));
    comparison.start(ids, whole ? story.label : null);
  };

  const closeComparison = () => {
    comparison.close();
    focusList();
  };

  const moveArticles = (articleIds: readonly number[], target: StorySummary) => {
    storyActions.move(articleIds, target);
    setPicks(NO_PICKS);
  };

  const selectionBar =
    picks.size > 0 ? (
      <SelectionBar
        ids={[...picks]}
        onCompare={comparePicks}
        onClear={() => setPicks(NO_PICKS)}
        stories={stories ?? []}
        story={searching ? null : story}
        onMove={(target) => moveArticles([...picks], target)}
        onSplit={() => storyActions.split([...picks], () => setPicks(NO_PICKS))}
        onEdited={onImported}
      />
    ) : null;

  // File → Export… and Ctrl/⌘+E export what is in front of the user: the comparison, the picks,
  // the search, the story, the open article; with none of these, every annotation.
  const exportRequestNow = (): ExportRequest => {
    const state = comparison.state;
    if (state.phase !== 'closed')
      return compareRequest(state.phase === 'loading' ? state.ids : state.articles.map((a) => a.id), state.title);
    if (picks.size > 0) return picksRequest([...picks]);
    if (searching) return searchRequest(query);
    if (story) return storyRequest(story.id, story.label);
    if (openId !== null) return { scope: { kind: 'articles', articleIds: [openId] }, label: 'The article open in the reader' };
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
    settings: () => setSettingsOpen(true),
    export: exportNow
  });

  const listMax = Math.max(
    LIST_MIN_WIDTH,
    windowWidth - READER_MIN_WIDTH - (storiesOpen ? STORIES_WIDTH : 0) - (notesOpen ? NOTES_WIDTH : 0)
  );
  const paneWidth = Math.min(Math.max(listWidth, LIST_MIN_WIDTH), listMax);

  return (
    <HighlightProvider onOpenArticle={openForHighlight}>
      <div className={`app${searchFocused ? ' is-search-focused' : ''}`}>
        <TopBar
          search={
            <div className="app__search" onFocus={() => setSearchFocused(true)} onBlur={() => setSearchFocused(false)}>
              <SearchBox
                disabled={comparing}
                value={query}
                onChange={setQuery}
                pending={search.pending}
                inputRef={searchRef}
                onMove={(delta) => {
                  if (searching && hits.length) selectHit(Math.min(Math.max(hitIndex + delta, 0), hits.length - 1));
                }}
                onSubmit={() => {
                  recordSearch();
                  // The hits on screen answer an earlier query (typing has not settled yet).
                  if (searching && search.response?.query !== query.trim()) {
                    openOnAnswer.current = query.trim();
                    return;
                  }
                  const hit = searching ? hits[hitIndex] : undefined;
                  if (hit) openElsewhere(hit.article.id, { focusReader: true });
                }}
                onEscape={leaveSearch}
                expanded={searching}
                activeId={searching && hits[hitIndex] ? searchHitId(hitIndex) : undefined}
              />
            </div>
          }
          importBusy={imports.busy}
          importReady={info !== undefined}
          onImport={imports.start}
          hasLastReport={imports.hasLastReport}
          onShowLastReport={imports.showLastReport}
          storiesOpen={storiesOpen}
          onStoriesOpenChange={setStoriesOpen}
          notesOpen={notesOpen}
          onNotesOpenChange={setNotesOpen}
          onOpenSettings={() => setSettingsOpen(true)}
        />
        <main className="app__main">
          <div className="app__panes" inert={comparing} aria-hidden={comparing || undefined}>
            {storiesOpen ? (
              <div className="app__sidebar">
                <StoriesSidebar
                  stories={stories}
                  activeId={story?.id ?? null}
                  onActiveChange={chooseStory}
                  articleCount={info?.articleCount}
                  onCompare={compareStory}
                  actions={{ ...storyActions, move: moveArticles }}
                  onHide={() => setStoriesOpen(false)}
                />
                <SearchesSection
                  saved={savedSearches}
                  recent={recentSearches}
                  activeQuery={query.trim()}
                  onPick={setQuery}
                  onDelete={searchesActions.remove}
                  onClearRecent={searchesActions.clearRecent}
                />
              </div>
            ) : null}
            <div className="app__list" style={{ width: paneWidth }}>
              {searching ? (
                <SearchResults
                  query={query}
                  onQueryChange={setQuery}
                  response={search.response}
                  sort={searchSort}
                  onSortChange={(next) => setNewestFirst(next === 'date')}
                  actions={
                    <>
                      <SaveSearchButton query={query.trim()} saved={savedSearches} onSave={searchesActions.save} />
                      <ExportButton
                        request={() => searchRequest(query)}
                        title="Export the highlights and notes of the articles this search finds"
                        data-testid="search-export"
                      />
                    </>
                  }
                  variants={variants}
                  pending={search.pending}
                  selectedIndex={hitIndex}
                  onSelectedIndexChange={selectHit}
                  picks={picks}
                  onPicksChange={setPicks}
                  openId={openId}
                  onOpen={(id, options) => {
                    recordSearch();
                    openElsewhere(id, options);
                  }}
                  onEscape={leaveSearch}
                  footer={selectionBar}
                  listRef={listRef}
                />
              ) : (
                <LibraryList
                  sort={sort}
                  onSortChange={(next) => {
                    setSort(next);
                    setLibraryIndex(-1);
                  }}
                  version={version + liveVersion}
                  story={story}
                  onLeaveStory={() => chooseStory(null)}
                  onCompareStory={compareStory}
                  selectedIndex={libraryIndex}
                  onSelectedIndexChange={setLibraryIndex}
                  picks={picks}
                  onPicksChange={setPicks}
                  openId={openId}
                  onOpen={open}
                  onImport={imports.start}
                  importBusy={imports.busy}
                  footer={selectionBar}
                  listRef={listRef}
                />
              )}
            </div>
            <Splitter
              value={paneWidth}
              min={LIST_MIN_WIDTH}
              max={listMax}
              onChange={setListWidth}
              label="Resize the list and the reader"
            />
            <div className="app__reader">
              <Reader
                articleId={openId}
                terms={searching ? (search.response?.terms ?? NO_TERMS) : NO_TERMS}
                variantOf={variants.variantOf}
                onBack={focusList}
                libraryEmpty={info?.articleCount === 0}
                readerRef={readerRef}
              />
            </div>
            {notesOpen ? (
              <div className="app__notes">
                <NotesPanel
                  stories={stories}
                  onOpenArticle={(id) => openElsewhere(id, { focusReader: false })}
                  onOpenStory={(id) => {
                    setQuery('');
                    chooseStory(id);
                  }}
                  onOpenSettings={() => setSettingsOpen(true)}
                  onClose={() => setNotesOpen(false)}
                />
              </div>
            ) : null}
          </div>
          {comparison.state.phase !== 'closed' ? (
            <div className="app__compare">
              <CompareView
                key={comparison.state.run}
                state={comparison.state}
                onCancel={closeComparison}
                onClose={closeComparison}
              />
            </div>
          ) : null}
        </main>
        {imports.busy && imports.dialog !== 'paths' ? (
          <ImportStatusBar progress={imports.progress} cancelling={imports.cancelling} onCancel={imports.cancel} />
        ) : null}
        <ImportPathsDialog
          open={imports.dialog === 'paths'}
          busy={imports.busy}
          progress={imports.progress}
          cancelling={imports.cancelling}
          importingPaths={imports.paths}
          dropped={imports.dropped}
          onSubmit={imports.importPaths}
          onCancelImport={imports.cancel}
          onClose={imports.closeDialog}
        />
        <ImportReportDialog
          open={imports.dialog === 'report'}
          report={imports.report}
          stoppedAt={imports.stoppedAt}
          onClose={imports.closeDialog}
          onOpenArticle={(id) => {
            imports.closeDialog();
            openElsewhere(id, { focusReader: true });
          }}
        />
        {imports.tables ? (
          <ColumnMappingDialog
            tables={imports.tables.tables}
            more={imports.tables.more}
            onConfirm={imports.confirmTables}
            onCancel={imports.cancelTables}
          />
        ) : null}
        <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        {dragging ? <DropOverlay /> : null}
      </div>
    </HighlightProvider>
  );
}
