import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, SortDirection, SortKey } from '@shared/contract/schemas';
import { call } from '../../lib/api';
import { useToast } from '../../components/useToast';
import { useTopicsVersion } from '../../lib/query/useQuery';
import type { Topic } from '../../lib/query/topics';

/** The list reloads when the library's content changes, and as an import commits rows. */
const ROW_TOPICS: readonly Topic[] = ['articles', 'article-rows'];

/** Rows per `articles:list` request: a few screens' worth, so scrolling rarely waits. */
export const PAGE_SIZE = 200;

/** The library's rows as far as they have been loaded. */
export interface ArticlePages {
  /** How many articles the library holds; null until the first page has arrived. */
  readonly total: number | null;
  /** The row at `index`, or undefined while its page is still loading. */
  getRow(index: number): ArticleSummary | undefined;
  /** Asks for the pages covering rows `first..last` (inclusive) that are not loaded or on their way. */
  ensureRange(first: number, last: number): void;
  /** Where the article is in the loaded rows, or -1 (not loaded, or not in the library). */
  indexOf(id: number): number;
}

interface PagesState {
  readonly key: string;
  readonly pages: ReadonlyMap<number, readonly ArticleSummary[]>;
  readonly total: number | null;
}

/**
 * Loads the library list page by page, in the server's sort order, as the list scrolls: a library
 * of 100,000 articles costs only the pages the user has looked at.
 *
 * When the order or the library changes (the query layer's `articles` and `article-rows`), the
 * old rows stay on screen until the first fresh page replaces them all at once, so re-sorting and
 * refreshing never flash an empty list.
 */
export function useArticlePages(sort: SortKey, direction: SortDirection): ArticlePages {
  const version = useTopicsVersion(ROW_TOPICS);
  const key = `${sort}|${direction}|${version}`;
  const toast = useToast();
  const [state, setState] = useState<PagesState>({ key, pages: new Map(), total: null });
  const currentKey = useRef(key);
  const requested = useRef(new Set<number>());
  const visible = useRef<[number, number]>([0, 0]);

  const fetchPage = useCallback(
    (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      call('articles:list', { sort, direction, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        ({ items, total }) => {
          // An answer for an order or library that is no longer shown is dropped.
          if (currentKey.current !== key) return;
          setState((previous) =>
            previous.key === key
              ? { key, total, pages: new Map(previous.pages).set(page, items) }
              : { key, total, pages: new Map([[page, items]]) }
          );
        },
        (error: unknown) => {
          if (currentKey.current !== key) return;
          requested.current.delete(page);
          toast.showError(error);
        }
      );
    },
    [key, sort, direction, toast]
  );

  const ensureRange = useCallback(
    (first: number, last: number) => {
      visible.current = [first, last];
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) fetchPage(page);
    },
    [fetchPage]
  );

  useEffect(() => {
    currentKey.current = key;
    requested.current = new Set();
    const [first, last] = visible.current;
    fetchPage(0);
    ensureRange(first, last);
  }, [key, fetchPage, ensureRange]);

  const getRow = useCallback(
    (index: number) => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [state.pages]
  );

  const indexOf = useCallback(
    (id: number) => {
      for (const [page, items] of state.pages) {
        const at = items.findIndex((item) => item.id === id);
        if (at >= 0) return page * PAGE_SIZE + at;
      }
      return -1;
    },
    [state.pages]
  );

  return { total: state.total, getRow, ensureRange, indexOf };
}
