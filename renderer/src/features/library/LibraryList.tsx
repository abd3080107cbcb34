import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ArticleSummary, StorySummary } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { ExportButton } from '../export/ExportButton';
import { storyRequest } from '../export/exportRequest';
import { EmptyState } from '../../components/EmptyState';
import { ObjectNotes } from '../annotations/ObjectNotes';
import { assignRef } from '../../lib/assignRef';
import { ArticleMenu, type ArticleMenuRequest } from './ArticleMenu';
import { menuScope } from './articleMenu';
import { formatCount, plural } from '../../lib/format';
import { hasPrimaryModifier } from '../../lib/platform';
import { startArticleDrag } from '../stories/articleDrag';
import { DeleteArticlesDialog } from './DeleteArticlesDialog';
import { LibraryRow, SkeletonRow, libraryRowId } from './LibraryRow';
import { useWorkspace } from '../workspace/workspaceContext';
import { indexRange, NO_PICKS, rangePick, togglePick } from './picks';
import { PicksBar } from './PicksBar';
import { SortHeader } from './SortHeader';
import { useArticlePages } from './useArticlePages';
import { useStoryPages } from './useStoryPages';
import { useImportPages } from './useImportPages';
import { ImportHeading } from './ImportHeading';
import { storyCompareTitle } from '../stories/storyCompareChoice';
import { libraryName } from '../libraries/libraryName';
import '../libraries/libraries.css';
import './library.css';

/** Must match `--row-height` in theme.css: the virtualiser positions rows by it. */
const ROW_HEIGHT = 40;
/** Placeholder rows shown before the first page has told us how many there are. */
const FIRST_LOAD_ROWS = 14;

/**
 * The library as one long virtualised list: only the rows on screen exist in the DOM, and rows are
 * fetched a page at a time as they scroll into view, so 100,000 articles scroll like 100. With a
 * story chosen, the same list shows that story's articles.
 *
 * Click opens an article; Ctrl/⌘-click picks articles one by one and Shift-click a range (also
 * Shift+↑/↓ and Space from the keyboard), for comparing them or moving them to a story. What it
 * shows and where its cursor is come from the workspace (features/workspace).
 */
export function LibraryList() {
  const { state, setSort: onSortChange, story, chooseStory, compareStory: onCompareStory, imports, refs, info } = useWorkspace();
  const { selectRow: onSelectedIndexChange, setPicks: onPicksChange, open: onOpen, articlesDeleted } = useWorkspace();
  const { sort, libraryIndex: selectedIndex, picks, openId } = state;
  const onLeaveStory = () => chooseStory(null);
  const libraryPages = useArticlePages(sort.key, sort.direction);
  const storyPages = useStoryPages(story?.id ?? null, sort);
  // The articles of one import, when its report's "Show these articles" asked for them.
  const shownImport = story ? null : imports.shown;
  const importPages = useImportPages(shownImport, sort);
  const pages = story ? storyPages : shownImport ? importPages : libraryPages;
  const { leaveImported } = imports;
  // A story chosen from the sidebar replaces the import's articles: leaving it shows the library.
  useEffect(() => {
    if (story) leaveImported();
  }, [story, leaveImported]);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // Where a Shift range starts: the last row clicked or Ctrl-clicked.
  const [anchor, setAnchor] = useState(-1);
  // The articles the Delete key asks to delete (the picks, else the row under the cursor).
  const [deleting, setDeleting] = useState<readonly number[] | null>(null);
  // The context menu open on a row (right-click, Shift+F10, the Menu key), if any.
  const [menu, setMenu] = useState<ArticleMenuRequest | null>(null);
  const menuKey = useRef(0);
  const total = pages.total ?? FIRST_LOAD_ROWS;
  const loaded = pages.total !== null;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // NB: React 19 warns when flushSync runs inside a render; rows have a fixed size anyway.
    useFlushSync: false
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensureRange } = pages;

  useEffect(() => {
    if (loaded) ensureRange(first, last);
  }, [loaded, first, last, ensureRange]);

  // The keyboard cursor stays on its article, and in view, when the list reloads with rows added
  // above it (an import filling the library): follow the article, not the row number.
  const cursor = useRef<{ index: number; id: number | undefined; total: number | null }>({ index: -1, id: undefined, total: null });
  const { getRow, indexOf, reachRange, total: listed } = pages;
  useEffect(() => {
    const id = selectedIndex >= 0 ? getRow(selectedIndex)?.id : undefined;
    const last = cursor.current;
    // The rows changed under an unmoved cursor: put it back on its article when that is loaded.
    if (selectedIndex === last.index && last.id !== undefined && id !== undefined && id !== last.id) {
      const moved = indexOf(last.id);
      if (moved >= 0) {
        cursor.current = { index: moved, id: last.id, total: listed };
        onSelectedIndexChange(moved);
        virtualizer.scrollToIndex(moved, { align: 'auto' });
        return;
      }
      // NB: only the pages on screen reload, so an article pushed down by more than a page of new
      // rows is in none of them: fetch the rows it can have moved to (as many as the list grew),
      // and look again once they are in. Then it is found, or it is gone and the cursor stays put.
      const grown = (listed ?? 0) - (last.total ?? 0);
      const reach = Math.min(selectedIndex + grown, (listed ?? 0) - 1);
      if (grown > 0 && getRow(reach) === undefined) {
        reachRange(selectedIndex, reach);
        return;
      }
    }
    // The user moved it, or its row has just loaded.
    if (selectedIndex !== last.index || id !== undefined) cursor.current = { index: selectedIndex, id, total: listed };
  }, [selectedIndex, getRow, indexOf, listed, reachRange, onSelectedIndexChange, virtualizer]);

  // A new order or another story starts at the top; the old scroll position would point at unrelated rows.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort.key, sort.direction, story?.id, shownImport?.runId]);

  const idsBetween = (a: number, b: number) =>
    indexRange(a, b)
      .map((i) => pages.getRow(i)?.id)
      .filter((id): id is number => id !== undefined);

  const select = (index: number, extend = false) => {
    if (!loaded || pages.total === 0) return;
    const next = Math.min(Math.max(index, 0), (pages.total ?? 1) - 1);
    if (extend) {
      const from = anchor >= 0 ? anchor : Math.max(selectedIndex, 0);
      if (anchor < 0) setAnchor(from);
      onPicksChange(rangePick(picks, idsBetween(from, next), false));
    }
    onSelectedIndexChange(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  /**
   * Opens the context menu on the row at `index`: for every picked article when it is one of
   * them, else for it alone (the picks are let go), the list's cursor moved onto it.
   */
  const openMenu = (index: number, article: ArticleSummary, x: number, y: number) => {
    const ids = menuScope(article.id, picks);
    if (ids.length === 1 && picks.size > 0) onPicksChange(NO_PICKS);
    setAnchor(index);
    onSelectedIndexChange(index);
    menuKey.current += 1;
    setMenu({ key: menuKey.current, ids, rowId: article.id, rowTitle: article.title, x, y });
  };

  /** Shift+F10 or the Menu key: the menu of the cursor's row, under it. */
  const openMenuFromKeyboard = (cursor: number) => {
    const row = cursor >= 0 ? pages.getRow(cursor) : undefined;
    if (!row) return;
    virtualizer.scrollToIndex(cursor, { align: 'auto' });
    const box = (document.getElementById(libraryRowId(cursor)) ?? scrollRef.current)?.getBoundingClientRect();
    openMenu(cursor, row, (box?.left ?? 0) + 24, box?.bottom ?? 0);
  };

  const onRowContextMenu = (index: number, article: ArticleSummary, event: MouseEvent) => {
    event.preventDefault();
    event.stopPropagation();
    openMenu(index, article, event.clientX, event.clientY);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // With no cursor yet, the keys start from the article open in the reader, if it is listed.
    const cursor = selectedIndex >= 0 || openId === null ? selectedIndex : pages.indexOf(openId);
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openMenuFromKeyboard(cursor);
      return;
    }
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const extend = event.shiftKey;
    switch (event.key) {
      case 'ArrowDown':
        select(cursor + 1, extend);
        break;
      case 'ArrowUp':
        select(cursor < 0 ? 0 : cursor - 1, extend);
        break;
      case 'PageDown':
        select(cursor + pageRows, extend);
        break;
      case 'PageUp':
        select(cursor - pageRows, extend);
        break;
      case 'Home':
        select(0, extend);
        break;
      case 'End':
        select(total - 1, extend);
        break;
      case 'Enter': {
        const row = cursor >= 0 ? pages.getRow(cursor) : undefined;
        if (row) onOpen(row.id, { focusReader: true });
        break;
      }
      case ' ': {
        const row = cursor >= 0 ? pages.getRow(cursor) : undefined;
        if (!row) return;
        setAnchor(cursor);
        onPicksChange(togglePick(picks, row.id, null));
        break;
      }
      // NB: the Mac keyboard's delete key is Backspace.
      case 'Delete':
      case 'Backspace': {
        const row = cursor >= 0 ? pages.getRow(cursor) : undefined;
        if (picks.size > 0) setDeleting([...picks]);
        else if (row) setDeleting([row.id]);
        else return;
        break;
      }
      case 'Escape':
        // The first Esc lets go of the picks; the next one leaves the story.
        if (picks.size > 0) onPicksChange(NO_PICKS);
        else if (story) onLeaveStory();
        else if (shownImport) leaveImported();
        else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onRowClick = (index: number, article: ArticleSummary, event: MouseEvent) => {
    if (event.shiftKey) {
      const from = anchor >= 0 ? anchor : selectedIndex >= 0 ? selectedIndex : index;
      if (anchor < 0) setAnchor(from);
      onPicksChange(rangePick(picks, idsBetween(from, index), hasPrimaryModifier(event)));
      onSelectedIndexChange(index);
      return;
    }
    if (hasPrimaryModifier(event)) {
      const cursorId = selectedIndex >= 0 ? (pages.getRow(selectedIndex)?.id ?? null) : openId;
      onPicksChange(togglePick(picks, article.id, cursorId));
      setAnchor(index);
      onSelectedIndexChange(index);
      return;
    }
    setAnchor(index);
    if (picks.size > 0) onPicksChange(NO_PICKS);
    onSelectedIndexChange(index);
    onOpen(article.id, { focusReader: false });
  };

  const onRowDragStart = (article: ArticleSummary, event: DragEvent) => {
    startArticleDrag(event, picks.has(article.id) ? [...picks] : [article.id]);
  };

  const setRefs = (element: HTMLDivElement | null) => {
    scrollRef.current = element;
    assignRef(refs.list, element);
  };

  // The list's heading names the open library (its file, in full on hover): a researcher with a
  // library per project sees which one this is (review 16, #4).
  const libraryHeading = (
    <div className="pane-heading">
      <h2 className="pane-heading__title">Library</h2>
      {info ? (
        <span className="pane-heading__library" title={info.path} data-testid="library-name">
          {libraryName(info.path)}
        </span>
      ) : null}
      <span className="pane-heading__meta" data-testid="library-count" data-total={loaded ? (pages.total ?? 0) : undefined}>
        {loaded ? plural(pages.total ?? 0, 'article') : 'Loading…'}
      </span>
    </div>
  );

  if (!story && !shownImport && loaded && pages.total === 0) {
    return (
      <section className="library" aria-label="Library">
        {libraryHeading}
        <EmptyState
          icon="book"
          title="Your library is empty"
          testId="library-empty"
          actions={
            <Button variant="primary" icon="import" busy={imports.busy} onClick={imports.start}>
              Import articles…
            </Button>
          }
        >
          <p>Import a folder of saved news articles to start. Crosscheck reads every file inside it, cleans up the text and keeps a copy in a library on this computer.</p>
          <p>Nothing is uploaded: the library never leaves your machine.</p>
        </EmptyState>
      </section>
    );
  }

  const selectedRow = selectedIndex >= 0 ? pages.getRow(selectedIndex) : undefined;
  const picking = picks.size > 0;

  return (
    <section className="library" aria-label={story ? `Story: ${story.label}` : 'Library'}>
      {story ? (
        <StoryHeading story={story} listed={pages.total} total={storyPages.storyTotal} onLeave={onLeaveStory} onCompare={() => onCompareStory(story)} />
      ) : shownImport ? (
        <ImportHeading run={shownImport} listed={pages.total} total={importPages.storyTotal} onLeave={leaveImported} />
      ) : (
        libraryHeading
      )}
      <SortHeader sort={sort} onSortChange={onSortChange} />
      <div
        ref={setRefs}
        className="library__scroll"
        role="listbox"
        aria-label={story ? `Articles of ${story.label}` : 'Articles'}
        aria-multiselectable="true"
        aria-busy={!loaded}
        aria-activedescendant={selectedRow ? libraryRowId(selectedIndex) : undefined}
        tabIndex={0}
        data-testid="library-list"
        onKeyDown={onKeyDown}
        onContextMenu={(event) => {
          // From the keyboard, where the browser sends it (a row's own right-click never reaches
          // here; one on the list's empty space keeps the browser's menu).
          if (event.button === 2) return;
          event.preventDefault();
          if (!menu) openMenuFromKeyboard(selectedIndex >= 0 || openId === null ? selectedIndex : pages.indexOf(openId));
        }}
      >
        <div className="library__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const article = loaded ? pages.getRow(item.index) : undefined;
            return article ? (
              <LibraryRow
                // NB: keyed by article, not position: when a new order or an import's rows arrive, a
                // row element never starts showing another article under a pointer that is on it.
                key={`a${article.id}`}
                article={article}
                index={item.index}
                total={total}
                top={item.start}
                selected={picking ? picks.has(article.id) : item.index === selectedIndex}
                cursor={picking && item.index === selectedIndex}
                open={article.id === openId}
                onClick={onRowClick}
                onDragStart={onRowDragStart}
                onContextMenu={onRowContextMenu}
              />
            ) : (
              <SkeletonRow key={`s${item.index}`} index={item.index} top={item.start} />
            );
          })}
        </div>
      </div>
      <PicksBar />
      <ArticleMenu request={menu} onClose={(key) => setMenu((open) => (open?.key === key ? null : open))} onDelete={setDeleting} />
      {deleting ? <DeleteArticlesDialog ids={deleting} onClose={() => setDeleting(null)} onDeleted={articlesDeleted} /> : null}
    </section>
  );
}

/** The list's heading while it shows one story: its name, its size, Compare, and the way back. */
function StoryHeading({ story, listed, total, onLeave, onCompare }: { story: StorySummary; listed: number | null; total: number | null; onLeave: () => void; onCompare: () => void }) {
  const count = total ?? story.articleIds.length;
  const [notesOpen, setNotesOpen] = useState(false);
  return (
    <>
      <div className="pane-heading pane-heading--story">
        <Button variant="ghost" size="sm" icon="chevron-left" aria-label="Back to all articles" title="All articles" onClick={onLeave} />
        <div className="pane-heading__stack">
          <span className="pane-heading__eyebrow">Story</span>
          <h2 className="pane-heading__title" title={story.label} data-testid="story-heading">
            {story.label}
          </h2>
        </div>
        <span className="pane-heading__meta">
          {listed !== null && total !== null && listed < total ? `${formatCount(listed)} of ${plural(total, 'article')}` : plural(count, 'article')}
        </span>
        <Button size="sm" icon="columns" onClick={onCompare} disabled={count < 2} title={storyCompareTitle(story)}>
          Compare
        </Button>
        <Button size="sm" variant="ghost" icon="pencil" aria-pressed={notesOpen} onClick={() => setNotesOpen(!notesOpen)} data-testid="story-notes-toggle">
          Notes
        </Button>
        <ExportButton request={storyRequest(story.id, story.label)} compact title="Export this story’s highlights and notes" data-testid="story-export" />
      </div>
      {notesOpen ? (
        <div className="pane-heading__notes">
          <ObjectNotes key={story.id} target={{ kind: 'story-note', storyId: story.id }} label="this story" testId="story-notes" />
        </div>
      ) : null}
    </>
  );
}
