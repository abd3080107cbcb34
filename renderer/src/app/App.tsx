import { useCallback, useMemo, useRef, useState } from 'react';
import { Splitter } from '../components/Splitter';
import { useToast } from '../components/useToast';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportStatusBar } from '../features/import/ImportProgress';
import { ColumnMappingDialog } from '../features/import/ColumnMappingDialog';
import { ImportPathsDialog } from '../features/import/ImportPathsDialog';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { useFileDrop } from '../features/import/useFileDrop';
import { useImportFlow } from '../features/import/useImportFlow';
import { LibraryList } from '../features/library/LibraryList';
import { DEFAULT_SORT, type SortState } from '../features/library/sortState';
import { useLibraryInfo } from '../features/library/useLibraryInfo';
import { Reader } from '../features/reader/Reader';
import { SearchBox } from '../features/search/SearchBox';
import { searchHitId } from '../features/search/SearchHitRow';
import { SearchResults } from '../features/search/SearchResults';
import { useSearch } from '../features/search/useSearch';
import { NO_VARIANTS, variantInfo } from '../features/search/variantWords';
import { useStoredNumber } from '../lib/useStoredNumber';
import { TopBar } from './TopBar';
import { useMenuCommands } from './useMenuCommands';
import { useShortcut } from './useShortcut';
import { useWindowWidth } from './useWindowWidth';
import './App.css';

const NO_TERMS: readonly string[] = [];
const LIST_MIN_WIDTH = 360;
const READER_MIN_WIDTH = 400;

/**
 * The main window: top bar, the library list (or the search results while a search is on), and
 * the reader. It owns what the panes share — the search, the selection, the open article — and
 * where keyboard focus goes when the user moves between them.
 */
export function App() {
  const toast = useToast();
  const [version, setVersion] = useState(0);
  const info = useLibraryInfo(version);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [libraryIndex, setLibraryIndex] = useState(-1);
  const [query, setQuery] = useState('');
  const search = useSearch(query);
  const searching = query.trim() !== '';
  const hits = search.response?.hits ?? [];
  const variants = useMemo(
    () => (search.response && searching ? variantInfo(search.response) : NO_VARIANTS),
    [search.response, searching]
  );
  // The selection belongs to one answer: a new answer starts again at its best hit.
  const answerKey = search.response?.query ?? '';
  const [hitSelection, setHitSelection] = useState({ answerKey, index: 0 });
  const hitIndex = hitSelection.answerKey === answerKey ? hitSelection.index : 0;
  const [openId, setOpenId] = useState<number | null>(null);
  const [searchFocused, setSearchFocused] = useState(false);
  const [listWidth, setListWidth] = useStoredNumber('crosscheck.listWidth', 720);
  const windowWidth = useWindowWidth();

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);

  const onImported = useCallback(() => setVersion((v) => v + 1), []);
  const imports = useImportFlow(info?.canPickFiles ?? false, onImported);
  const dragging = useFileDrop(imports.importPaths, () =>
    toast.showMessage('Dropping files works in the desktop app. Here, use Import and paste the folder’s path.')
  );

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

  const leaveSearch = useCallback(() => {
    setQuery('');
    focusList();
  }, [focusList]);

  const selectHit = (index: number) => setHitSelection({ answerKey, index });

  useShortcut('k', focusSearch);
  useMenuCommands({ import: imports.start, 'focus-search': focusSearch, 'show-last-import': imports.showLastReport });

  const listMax = Math.max(LIST_MIN_WIDTH, windowWidth - READER_MIN_WIDTH);
  const paneWidth = Math.min(Math.max(listWidth, LIST_MIN_WIDTH), listMax);

  return (
    <div className={`app${searchFocused ? ' is-search-focused' : ''}`}>
      <TopBar
        search={
          <div className="app__search" onFocus={() => setSearchFocused(true)} onBlur={() => setSearchFocused(false)}>
            <SearchBox
              value={query}
              onChange={setQuery}
              pending={search.pending}
              inputRef={searchRef}
              onMove={(delta) => {
                if (searching && hits.length) selectHit(Math.min(Math.max(hitIndex + delta, 0), hits.length - 1));
              }}
              onSubmit={() => {
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
      />
      <main className="app__main">
        <div className="app__list" style={{ width: paneWidth }}>
          {searching ? (
            <SearchResults
              query={query}
              response={search.response}
              variants={variants}
              pending={search.pending}
              selectedIndex={hitIndex}
              onSelectedIndexChange={selectHit}
              openId={openId}
              onOpen={openElsewhere}
              onEscape={leaveSearch}
              listRef={listRef}
            />
          ) : (
            <LibraryList
              sort={sort}
              onSortChange={(next) => {
                setSort(next);
                setLibraryIndex(-1);
              }}
              version={version}
              selectedIndex={libraryIndex}
              onSelectedIndexChange={setLibraryIndex}
              openId={openId}
              onOpen={open}
              onImport={imports.start}
              importBusy={imports.busy}
              listRef={listRef}
            />
          )}
        </div>
        <Splitter value={paneWidth} min={LIST_MIN_WIDTH} max={listMax} onChange={setListWidth} label="Resize the list and the reader" />
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
        <ColumnMappingDialog tables={imports.tables.tables} more={imports.tables.more} onConfirm={imports.confirmTables} onCancel={imports.cancelTables} />
      ) : null}
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
