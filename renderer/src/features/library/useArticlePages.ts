import { useCallback, useMemo, useState } from 'react';
import type { ArticleSummary, SortDirection, SortKey } from '@shared/contract/schemas';
import { useQueries, type QuerySlot } from '../../lib/query/useQuery';

/** Rows per `articles:list` request: a few screens' worth, so scrolling rarely waits. */
export const PAGE_SIZE = 200;

/** The library's rows as far as they have been loaded. */
export interface ArticlePages {
  /** How many articles the library holds; null until the first page has arrived. */
  readonly total: number | null;
  /** The row at `index`, or undefined while its page is still loading. */
  getRow(index: number): ArticleSummary | undefined;
  /** The rows on screen are `first..last` (inclusive): loads their pages, and lets go of the pages scrolled away from. */
  ensureRange(first: number, last: number): void;
  /**
   * Also loads rows `first..last`, off screen, until the rows on screen next change: the cursor
   * looking for its article after rows were added above it.
   */
  reachRange(first: number, last: number): void;
  /** Where the article is in the loaded rows, or -1 (not loaded, or not in the library). */
  indexOf(id: number): number;
}

/** The pages the list asks for: those on screen, and those the cursor reaches for. */
interface Wanted {
  readonly shown: readonly number[];
  readonly reached: readonly number[];
}

/** Before the first answer the list knows no size, so it asks for the top page. */
const FIRST: Wanted = { shown: [0], reached: [] };

function pagesOf(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(first, 0) / PAGE_SIZE); page <= Math.floor(Math.max(last, 0) / PAGE_SIZE); page++)
    pages.push(page);
  return pages;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((page, i) => page === b[i]);

/**
 * Loads the library list page by page, in the server's sort order, as the list scrolls, through
 * the query layer (`articles:list`, keyed by order and offset): a library of 100,000 articles
 * costs only the pages on screen, and a page scrolled back to comes from the cache.
 *
 * When the library changes (topics `articles`, and `article-rows` while an import commits), the
 * pages on screen are fetched again and keep their rows until the fresh ones come, so the list
 * grows during an import without flashing empty; pages scrolled away from are not fetched again
 * (the cache forgets them) until they are scrolled back to. A new order keeps each page's old rows
 * until its new ones arrive.
 */
export function useArticlePages(sort: SortKey, direction: SortDirection): ArticlePages {
  const [wanted, setWanted] = useState<Wanted>(FIRST);

  const slots = useMemo(
    () =>
      [...new Set([...wanted.shown, ...wanted.reached])].map((page): QuerySlot<'articles:list'> => ({
        slot: String(page),
        input: { sort, direction, offset: page * PAGE_SIZE, limit: PAGE_SIZE }
      })),
    [wanted, sort, direction]
  );
  const answers = useQueries('articles:list', slots);

  const ensureRange = useCallback((first: number, last: number) => {
    const shown = pagesOf(first, last);
    // NB: the pages reached for stay until the rows on screen move, which is when the cursor found its article.
    setWanted((previous) => (same(previous.shown, shown) ? previous : { shown, reached: [] }));
  }, []);

  const reachRange = useCallback((first: number, last: number) => {
    const reached = pagesOf(first, last);
    setWanted((previous) => (same(previous.reached, reached) ? previous : { ...previous, reached }));
  }, []);

  // The size the freshest answer gives: a page answering the current order before a held one.
  let total: number | null = null;
  for (const { slot } of slots) {
    const answer = answers.get(slot);
    if (answer?.value === undefined) continue;
    if (answer.current) {
      total = answer.value.total;
      break;
    }
    total ??= answer.value.total;
  }

  const getRow = useCallback(
    (index: number) => answers.get(String(Math.floor(index / PAGE_SIZE)))?.value?.items[index % PAGE_SIZE],
    [answers]
  );

  const indexOf = useCallback(
    (id: number) => {
      for (const [slot, answer] of answers) {
        const at = answer.value?.items.findIndex((item) => item.id === id) ?? -1;
        if (at >= 0) return Number(slot) * PAGE_SIZE + at;
      }
      return -1;
    },
    [answers]
  );

  return { total, getRow, ensureRange, reachRange, indexOf };
}
