// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { CompareArticleInput, Comparison } from '@shared/compare/compareArticlesTypes';
import type { Article } from '@shared/contract/schemas';
import { actRoot } from '../../lib/query/actRoot';
import { fakeApi, type FakeCall } from '../../lib/query/fakeApi';
import { QueryClient } from '../../lib/query/queryClient';
import { QueryContext } from '../../lib/query/queryContext';
import { useQuery } from '../../lib/query/useQuery';
import type { CompareDone } from './compareRuns';
import { useComparison, type ComparisonFlow, type ComparisonRequest } from './useComparison';
import { useComparisonRun, type ComparisonState } from './useComparisonRun';

const view = actRoot();

function article(id: number, title: string, body = `The body of article ${id}.`): Article {
  return {
    id,
    title,
    outlet: null,
    publishedAt: null,
    wordCount: 5,
    collection: null,
    importedAt: '2026-12-06T10:00:00Z',
    byline: null,
    url: null,
    language: 'en',
    dateline: null,
    wireCredits: [],
    body,
    original: body,
    removed: [],
    sourcePath: null,
    sourceFormat: 'txt'
  } as unknown as Article;
}

/** A comparison the fake worker "found", told apart by its label. */
const found = (label: string): CompareDone => ({ comparison: { label } as unknown as Comparison, milliseconds: 12 });

/** The worker stand-in: each run waits for the test to finish it. */
function fakeRunner() {
  const runs: Array<{
    texts: string[];
    signal: AbortSignal;
    finish(done: CompareDone): Promise<void>;
    fail(error: unknown): Promise<void>;
  }> = [];
  const runner = (articles: readonly CompareArticleInput[], signal: AbortSignal) =>
    new Promise<CompareDone>((resolve, reject) => {
      const settle = (done: () => void) => act(async () => done());
      runs.push({
        texts: articles.map((a) => a.text),
        signal,
        finish: (done) => settle(() => resolve(done)),
        fail: (error) => settle(() => reject(error))
      });
    });
  return { runner, runs };
}

/** The window as far as comparing goes: the reader showing article 1, the workspace's comparison flow, and the view. */
function renderWindow() {
  const { fetcher, calls } = fakeApi();
  const client = new QueryClient(fetcher);
  const { runner, runs } = fakeRunner();
  const seen: { flow: ComparisonFlow | null; state: ComparisonState | null } = { flow: null, state: null };
  function View({ request, onClose }: { request: ComparisonRequest; onClose: () => void }) {
    seen.state = useComparisonRun(request, onClose, runner);
    return null;
  }
  function Window() {
    useQuery('articles:get', { id: 1 });
    const flow = useComparison();
    seen.flow = flow;
    if (!flow.request) seen.state = null;
    return flow.request ? createElement(View, { key: flow.request.run, request: flow.request, onClose: flow.close }) : null;
  }
  view.render(createElement(QueryContext, { value: client }, createElement(Window)));
  const flow = () => {
    if (!seen.flow) throw new Error('not rendered');
    return seen.flow;
  };
  /** What the view shows; closed when no comparison is open. */
  const state = (): ComparisonState | { phase: 'closed' } => seen.state ?? { phase: 'closed' };
  const titles = () => {
    const shown = state();
    return shown.phase === 'running' || shown.phase === 'done' ? shown.articles.map((a) => a.title) : [];
  };
  const label = () => {
    const shown = state();
    return shown.phase === 'done' ? (shown.comparison as unknown as { label: string }).label : null;
  };
  const callFor = (id: number, from = 0) =>
    calls.slice(from).find((c) => c.channel === 'articles:get' && (c.input as { id: number }).id === id);
  return { client, calls, runs, flow, state, titles, label, callFor };
}

const answer = (call: FakeCall | undefined, value: unknown) => act(async () => call?.answer(value));

describe('useComparisonRun', () => {
  it('reads the picked articles from the cache the reader uses, compares them once, and shows a corrected title without comparing again', async () => {
    const { client, calls, runs, flow, state, titles, label, callFor } = renderWindow();
    await answer(calls[0], article(1, 'Talks fail in Daraa'));
    act(() => flow().start([1, 2], null));
    // Article 1 is the reader's: only article 2 is asked for.
    expect(calls.map((c) => (c.input as { id: number }).id)).toEqual([1, 2]);
    expect(state()).toMatchObject({ phase: 'loading', loaded: 1, ids: [1, 2] });

    await answer(callFor(2), article(2, 'Rebels leave Daraa'));
    expect(state().phase).toBe('running');
    expect(runs).toHaveLength(1);
    await runs[0]?.finish(found('first'));
    expect(label()).toBe('first');

    // A correction (useArticleSaved): the answer put in the cache, then what lists articles fetched again.
    const before = calls.length;
    act(() => {
      client.setData('articles:get', { id: 1 }, article(1, 'Talks collapse in Daraa'));
      client.invalidate(['articles']);
    });
    expect(titles()).toEqual(['Talks collapse in Daraa', 'Rebels leave Daraa']);
    await answer(callFor(2, before), article(2, 'Rebels leave Daraa'));
    expect(state().phase).toBe('done');
    expect(label()).toBe('first');
    expect(runs).toHaveLength(1);
  });

  it('compares again when a picked text changes, and never shows the late answer of the run it replaced', async () => {
    const { client, calls, runs, flow, state, label, callFor } = renderWindow();
    await answer(calls[0], article(1, 'Talks fail in Daraa'));
    act(() => flow().start([1, 2], 'Daraa'));
    await answer(callFor(2), article(2, 'Rebels leave Daraa'));
    expect(runs).toHaveLength(1);

    // The file of article 1 was imported again with a sentence added, while the first run works.
    const before = calls.length;
    act(() => client.invalidate(['article-text']));
    await answer(callFor(1, before), article(1, 'Talks fail in Daraa', 'The body of article 1. Jets struck Tafas.'));
    await answer(callFor(2, before), article(2, 'Rebels leave Daraa'));
    expect(runs).toHaveLength(2);
    expect(runs[0]?.signal.aborted).toBe(true);
    expect(runs[1]?.texts[0]).toBe('The body of article 1. Jets struck Tafas.');

    await runs[0]?.finish(found('old text'));
    expect(state().phase).toBe('running');
    await runs[1]?.finish(found('new text'));
    expect(label()).toBe('new text');
    expect(state()).toMatchObject({ phase: 'done', title: 'Daraa' });
  });

  it('closing stops the run under way; an article that cannot be opened closes the view', async () => {
    const { calls, runs, flow, state, callFor } = renderWindow();
    await answer(calls[0], article(1, 'Talks fail in Daraa'));
    act(() => flow().start([1, 2]));
    await answer(callFor(2), article(2, 'Rebels leave Daraa'));
    act(() => flow().close());
    expect(runs[0]?.signal.aborted).toBe(true);
    expect(state().phase).toBe('closed');

    act(() => flow().start([1, 3]));
    expect(state().phase).toBe('loading');
    await act(async () => callFor(3)?.fail(new Error('That article is no longer in the library.')));
    expect(state().phase).toBe('closed');
    expect(runs).toHaveLength(1);
  });
});
