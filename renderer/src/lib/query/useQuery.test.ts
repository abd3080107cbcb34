// @vitest-environment jsdom
import { act, createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from './fakeApi';
import { QueryClient } from './queryClient';
import { QueryContext } from './queryContext';
import { actRoot } from './actRoot';
import { useQueries, useQuery, type QueryResult } from './useQuery';

const view = actRoot();

/** Renders `useQuery('search:query', …)` for each query in turn, recording what the component saw last. */
function renderSearch(client: QueryClient) {
  const seen: { last: QueryResult<unknown> | null } = { last: null };
  function Probe({ query }: { query: string | null }) {
    seen.last = useQuery('search:query', query === null ? null : { query, limit: 10 });
    return null;
  }
  const show = (query: string | null) => view.render(within(client, createElement(Probe, { query })));
  return { seen, show };
}

function within(client: QueryClient, child: ReactNode) {
  return createElement(QueryContext, { value: client }, child);
}

/** Lets the fake engine's answer reach React. */
const answer = (call: { answer(value: unknown): Promise<void> } | undefined, value: unknown) =>
  act(async () => call?.answer(value));

describe('useQuery', () => {
  it('loads, then shows the answer; an empty input asks nothing', async () => {
    const { fetcher, calls } = fakeApi();
    const { seen, show } = renderSearch(new QueryClient(fetcher));
    show(null);
    expect(seen.last).toMatchObject({ value: undefined, loading: false });
    expect(calls).toHaveLength(0);
    show('flood');
    expect(seen.last).toMatchObject({ value: undefined, loading: true, current: false });
    await answer(calls[0], { total: 3 });
    expect(seen.last).toMatchObject({ value: { total: 3 }, loading: false, current: true });
  });

  it('answers an input asked before from the cache, at once', async () => {
    const { fetcher, calls } = fakeApi();
    const { seen, show } = renderSearch(new QueryClient(fetcher));
    show('flood');
    await answer(calls[0], { total: 3 });
    show('fire');
    await answer(calls[1], { total: 1 });
    show('flood');
    expect(calls).toHaveLength(2);
    expect(seen.last).toMatchObject({ value: { total: 3 }, loading: false, current: true });
  });

  it('shares one fetch between two components asking the same thing', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    const values: unknown[] = [];
    function Probe() {
      values.push(useQuery('stories:list', {}).value);
      return null;
    }
    view.render(within(client, [createElement(Probe, { key: 1 }), createElement(Probe, { key: 2 })]));
    expect(calls).toHaveLength(1);
    await answer(calls[0], { stories: [] });
    expect(values.slice(-2)).toEqual([{ stories: [] }, { stories: [] }]);
  });

  it('keeps the previous answer while a new input loads, and never shows an answer to an input no longer asked for', async () => {
    const { fetcher, calls } = fakeApi();
    const { seen, show } = renderSearch(new QueryClient(fetcher));
    show('flood');
    await answer(calls[0], { query: 'flood' });
    show('floo');
    show('flo');
    expect(seen.last).toMatchObject({ value: { query: 'flood' }, loading: true, current: false });
    // The answer to `floo` comes after `flo` was typed: it is not shown.
    await answer(calls[1], { query: 'floo' });
    expect(seen.last).toMatchObject({ value: { query: 'flood' }, loading: true, current: false });
    await answer(calls[2], { query: 'flo' });
    expect(seen.last).toMatchObject({ value: { query: 'flo' }, loading: false, current: true });
  });

  it('fetches again when a topic it reads changes, and not for other topics', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    const { seen, show } = renderSearch(client);
    show('flood');
    await answer(calls[0], { total: 3 });
    act(() => client.invalidate(['recent-searches', 'settings']));
    expect(calls).toHaveLength(1);
    act(() => client.invalidate(['stories']));
    expect(calls).toHaveLength(2);
    expect(seen.last).toMatchObject({ value: { total: 3 }, loading: true, current: true });
    await answer(calls[1], { total: 4 });
    expect(seen.last).toMatchObject({ value: { total: 4 }, loading: false });
  });

  it('gives the error, keeps the last answer on screen, and reports the failure once', async () => {
    const { fetcher, calls } = fakeApi();
    const errors: unknown[] = [];
    const { seen, show } = renderSearch(new QueryClient(fetcher, (error) => errors.push(error)));
    show('flood');
    await answer(calls[0], { total: 3 });
    show('fire');
    await act(async () => calls[1]?.fail(new Error('The search index is being rebuilt.')));
    expect(seen.last).toMatchObject({
      value: { total: 3 },
      loading: false,
      current: false,
      error: new Error('The search index is being rebuilt.')
    });
    expect(errors).toHaveLength(1);
  });

  it('useQueries answers each slot, and a slot asked something new keeps its old answer until the new one comes', async () => {
    const { fetcher, calls } = fakeApi();
    const client = new QueryClient(fetcher);
    const seen: { last: ReadonlyMap<string, QueryResult<unknown>> } = { last: new Map() };
    function Pages({ query }: { query: string }) {
      seen.last = useQueries('search:query', [
        { slot: 'first', input: { query, limit: 10 } },
        { slot: 'second', input: { query, limit: 20 } }
      ]);
      return null;
    }
    const show = (query: string) => view.render(within(client, createElement(Pages, { query })));
    show('flood');
    await answer(calls[0], { page: 'flood 1' });
    await answer(calls[1], { page: 'flood 2' });
    show('fire');
    await answer(calls[3], { page: 'fire 2' });
    expect(seen.last.get('first')).toMatchObject({ value: { page: 'flood 1' }, current: false, loading: true });
    expect(seen.last.get('second')).toMatchObject({ value: { page: 'fire 2' }, current: true, loading: false });
    await answer(calls[2], { page: 'fire 1' });
    expect(seen.last.get('first')).toMatchObject({ value: { page: 'fire 1' }, current: true });
  });
});
