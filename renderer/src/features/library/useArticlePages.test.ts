// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, SortKey } from '@shared/contract/schemas';
import { actRoot } from '../../lib/query/actRoot';
import { fakeApi, type FakeCall } from '../../lib/query/fakeApi';
import { QueryClient } from '../../lib/query/queryClient';
import { QueryContext } from '../../lib/query/queryContext';
import { PAGE_SIZE, useArticlePages, type ArticlePages } from './useArticlePages';

const view = actRoot();

/** One `articles:list` answer: `count` rows from `offset`, titled `label offset+i`, ids from `firstId`. */
function page(offset: number, label: string, total: number, firstId = offset + 1) {
  const count = Math.max(0, Math.min(PAGE_SIZE, total - offset));
  const items: ArticleSummary[] = Array.from({ length: count }, (_, i) => ({
    id: firstId + i,
    title: `${label} ${offset + i}`,
    outlet: null,
    publishedAt: null,
    wordCount: 100,
    collection: null,
    importedAt: '2026-12-06T10:00:00Z'
  }));
  return { items, total };
}

/** The library list's pages as LibraryList reads them, in `sort` order (re-rendered by `show`). */
function renderPages() {
  const { fetcher, calls } = fakeApi();
  const client = new QueryClient(fetcher);
  const seen: { pages: ArticlePages | null } = { pages: null };
  function List({ sort }: { sort: SortKey }) {
    seen.pages = useArticlePages(sort, 'desc');
    return null;
  }
  const show = (sort: SortKey) => view.render(createElement(QueryContext, { value: client }, createElement(List, { sort })));
  const pages = () => {
    if (!seen.pages) throw new Error('not rendered');
    return seen.pages;
  };
  /** The offsets asked for from call `from` on. */
  const offsetsFrom = (from: number) => calls.slice(from).map((call) => (call.input as { offset: number }).offset);
  return { client, calls, show, pages, offsetsFrom };
}

const answer = (call: FakeCall | undefined, value: unknown) => act(async () => call?.answer(value));

describe('useArticlePages', () => {
  it('loads the top page, then the pages scrolled to; a change to the list fetches only the pages on screen again, keeping their rows meanwhile', async () => {
    const { client, calls, show, pages, offsetsFrom } = renderPages();
    show('publishedAt');
    expect(pages().total).toBeNull();
    await answer(calls[0], page(0, 'Old', 1000));
    expect(pages().total).toBe(1000);
    expect(pages().getRow(3)?.title).toBe('Old 3');

    act(() => pages().ensureRange(410, 440));
    expect(offsetsFrom(1)).toEqual([400]);
    await answer(calls[1], page(400, 'Old', 1000));
    expect(pages().getRow(420)?.title).toBe('Old 420');

    // A regroup does not touch the list; rows committed by an import do, on screen only.
    act(() => client.invalidate(['stories']));
    expect(calls).toHaveLength(2);
    act(() => client.invalidate(['article-rows']));
    expect(offsetsFrom(2)).toEqual([400]);
    expect(pages().getRow(420)?.title).toBe('Old 420');
    await answer(calls[2], page(400, 'New', 1300));
    expect(pages().getRow(420)?.title).toBe('New 420');
    expect(pages().total).toBe(1300);

    // The top page was off screen when the library changed: scrolled back to, it is fetched afresh.
    act(() => pages().ensureRange(0, 30));
    expect(offsetsFrom(3)).toEqual([0]);
  });

  it('never lets a stale answer overwrite a newer one', async () => {
    const { client, calls, show, pages } = renderPages();
    show('publishedAt');
    await answer(calls[0], page(0, 'First', 50));
    act(() => client.invalidate(['article-rows']));
    act(() => client.invalidate(['articles']));
    expect(calls).toHaveLength(3);
    await answer(calls[2], page(0, 'Newest', 60));
    await answer(calls[1], page(0, 'Stale', 55));
    expect(pages().getRow(0)?.title).toBe('Newest 0');
    expect(pages().total).toBe(60);
  });

  it('a new order keeps the rows shown until its own page comes', async () => {
    const { calls, show, pages } = renderPages();
    show('publishedAt');
    await answer(calls[0], page(0, 'By date', 50));
    show('title');
    expect(calls[1]?.input).toMatchObject({ sort: 'title', offset: 0 });
    expect(pages().getRow(0)?.title).toBe('By date 0');
    expect(pages().total).toBe(50);
    await answer(calls[1], page(0, 'By title', 50));
    expect(pages().getRow(0)?.title).toBe('By title 0');
  });

  it('the cursor reaches for rows pushed off screen, and lets go of them once the rows on screen move', async () => {
    const { client, calls, show, pages, offsetsFrom } = renderPages();
    show('publishedAt');
    await answer(calls[0], page(0, 'Row', 1000));
    act(() => pages().ensureRange(0, 30));
    expect(calls).toHaveLength(1);

    act(() => pages().reachRange(10, 450));
    expect(offsetsFrom(1)).toEqual([200, 400]);
    await answer(calls[1], page(200, 'Row', 1000));
    await answer(calls[2], page(400, 'Row', 1000, 9000));
    expect(pages().indexOf(9005)).toBe(405);

    act(() => pages().ensureRange(400, 430));
    act(() => client.invalidate(['article-rows']));
    expect(offsetsFrom(3)).toEqual([400]);
  });
});
