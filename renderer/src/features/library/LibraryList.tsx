import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import type { ArticleSummary } from '../../../../shared/contract/schemas';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { assignRef } from '../../lib/assignRef';
import { plural } from '../../lib/format';
import { LibraryRow, SkeletonRow, libraryRowId } from './LibraryRow';
import { SortHeader } from './SortHeader';
import type { SortState } from './sortState';
import { useArticlePages } from './useArticlePages';
import './library.css';

/** Must match `--row-height` in theme.css: the virtualiser positions rows by it. */
const ROW_HEIGHT = 40;
/** Placeholder rows shown before the first page has told us how many there are. */
const FIRST_LOAD_ROWS = 14;

/** Props of {@link LibraryList}. */
export interface LibraryListProps {
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  /** Bumped when the library's content changes (after an import), to reload the rows. */
  version: number;
  /** The keyboard cursor; -1 when nothing is selected. */
  selectedIndex: number;
  onSelectedIndexChange: (index: number) => void;
  /** The article shown in the reader, marked in the list. */
  openId: number | null;
  onOpen: (id: number, options: { focusReader: boolean }) => void;
  onImport: () => void;
  importBusy: boolean;
  /** The focusable list element, so the app can send focus back here. */
  listRef: Ref<HTMLDivElement>;
}

/**
 * The library as one long virtualised list: only the rows on screen exist in the DOM, and rows are
 * fetched a page at a time as they scroll into view, so 100,000 articles scroll like 100.
 */
export function LibraryList(props: LibraryListProps) {
  const { sort, onSortChange, version, selectedIndex, onSelectedIndexChange, openId, onOpen, onImport, importBusy, listRef } = props;
  const pages = useArticlePages(sort.key, sort.direction, version);
  const scrollRef = useRef<HTMLDivElement | null>(null);
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

  // A new order starts at the top; the old scroll position would point at unrelated rows.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort.key, sort.direction]);

  const select = (index: number) => {
    if (!loaded || pages.total === 0) return;
    const next = Math.min(Math.max(index, 0), (pages.total ?? 1) - 1);
    onSelectedIndexChange(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // With no cursor yet, the keys start from the article open in the reader, if it is listed.
    const cursor = selectedIndex >= 0 || openId === null ? selectedIndex : pages.indexOf(openId);
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    switch (event.key) {
      case 'ArrowDown':
        select(cursor + 1);
        break;
      case 'ArrowUp':
        select(cursor < 0 ? 0 : cursor - 1);
        break;
      case 'PageDown':
        select(cursor + pageRows);
        break;
      case 'PageUp':
        select(cursor - pageRows);
        break;
      case 'Home':
        select(0);
        break;
      case 'End':
        select(total - 1);
        break;
      case 'Enter': {
        const row = cursor >= 0 ? pages.getRow(cursor) : undefined;
        if (row) onOpen(row.id, { focusReader: true });
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const onRowClick = (index: number, article: ArticleSummary) => {
    onSelectedIndexChange(index);
    onOpen(article.id, { focusReader: false });
  };

  const setRefs = (element: HTMLDivElement | null) => {
    scrollRef.current = element;
    assignRef(listRef, element);
  };

  if (loaded && pages.total === 0) {
    return (
      <section className="library" aria-label="Library">
        <EmptyState
          icon="book"
          title="Your library is empty"
          testId="library-empty"
          actions={
            <Button variant="primary" icon="import" busy={importBusy} onClick={onImport}>
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

  return (
    <section className="library" aria-label="Library">
      <div className="pane-heading">
        <h2 className="pane-heading__title">Library</h2>
        <span className="pane-heading__meta">{loaded ? plural(pages.total ?? 0, 'article') : 'Loading…'}</span>
      </div>
      <SortHeader sort={sort} onSortChange={onSortChange} />
      <div
        ref={setRefs}
        className="library__scroll"
        role="listbox"
        aria-label="Articles"
        aria-busy={!loaded}
        aria-activedescendant={selectedRow ? libraryRowId(selectedIndex) : undefined}
        tabIndex={0}
        data-testid="library-list"
        onKeyDown={onKeyDown}
      >
        <div className="library__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const article = loaded ? pages.getRow(item.index) : undefined;
            return article ? (
              <LibraryRow
                key={item.index}
                article={article}
                index={item.index}
                total={total}
                top={item.start}
                selected={item.index === selectedIndex}
                open={article.id === openId}
                onClick={onRowClick}
              />
            ) : (
              <SkeletonRow key={item.index} index={item.index} top={item.start} />
            );
          })}
        </div>
      </div>
    </section>
  );
}
