import { useCallback, useEffect, useRef, useState } from 'react';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import { compareInputOf } from '@shared/compare/compareInput';
import { type Article, COMPARE_MAX, COMPARE_MIN } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import type { CompareRequest, CompareResponse } from './compareMessages';

/** Fewest and most articles one comparison takes: the contract's limits (66 pairs at most). */
export const MIN_COMPARE = COMPARE_MIN;
export const MAX_COMPARE = COMPARE_MAX;

/** What the comparison view shows, and how far the work has got. */
export type ComparisonState =
  | { readonly phase: 'closed' }
  /** Fetching the articles' text. */
  | {
      readonly phase: 'loading';
      readonly run: number;
      readonly title: string | null;
      readonly ids: readonly number[];
      readonly loaded: number;
    }
  /** The worker is comparing; the texts are already shown, without highlights. */
  | {
      readonly phase: 'running';
      readonly run: number;
      readonly title: string | null;
      readonly articles: readonly Article[];
      readonly startedAt: number;
    }
  | {
      readonly phase: 'done';
      readonly run: number;
      readonly title: string | null;
      readonly articles: readonly Article[];
      readonly comparison: Comparison;
      readonly milliseconds: number;
    };

/** The comparison workflow: start, follow, cancel, close. */
export interface ComparisonFlow {
  readonly state: ComparisonState;
  /**
   * Compares these articles (2–12), replacing any comparison shown or running. `title` names
   * what is compared (a story's name) in the view's header.
   */
  start(ids: readonly number[], title?: string | null): void;
  /** Stops a running comparison (the worker is terminated) and closes the view. */
  cancel(): void;
  /** Closes the view; a comparison still running is cancelled. */
  close(): void;
}

/** Why a set of articles cannot be compared, or null when it can. */
export function compareProblem(count: number): string | null {
  if (count < MIN_COMPARE) return `Choose at least ${MIN_COMPARE} articles to compare.`;
  if (count > MAX_COMPARE) {
    return `${plural(count, 'article')} are selected; a comparison takes ${MIN_COMPARE} to ${MAX_COMPARE}. Leave out ${plural(count - MAX_COMPARE, 'article')} and try again.`;
  }
  return null;
}

/** Starts the worker; Vite bundles it as its own file, which the CSP's `worker-src 'self'` allows. */
function createWorker(): Worker {
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-compare' });
}

/**
 * Runs comparisons in a Web Worker so the window never freezes: the articles' text is fetched
 * (`articles:get`), handed to the worker, and its `Comparison` shown. Cancelling, closing, or
 * starting another comparison terminates the worker at once, wherever it is. Failures are toasts.
 */
export function useComparison(): ComparisonFlow {
  const toast = useToast();
  const [state, setState] = useState<ComparisonState>({ phase: 'closed' });
  const runRef = useRef(0);
  const workerRef = useRef<Worker | null>(null);

  const stopWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  useEffect(() => stopWorker, [stopWorker]);

  const fail = useCallback(
    (run: number, error: unknown) => {
      if (runRef.current !== run) return;
      stopWorker();
      setState({ phase: 'closed' });
      toast.showError(error);
    },
    [stopWorker, toast]
  );

  const start = useCallback(
    (ids: readonly number[], title: string | null = null) => {
      const problem = compareProblem(new Set(ids).size);
      if (problem) {
        toast.showMessage(problem);
        return;
      }
      stopWorker();
      const run = ++runRef.current;
      const unique = [...new Set(ids)];
      setState({ phase: 'loading', run, title, ids: unique, loaded: 0 });
      const loads = unique.map((id) =>
        call('articles:get', { id }).then((article) => {
          if (runRef.current === run)
            setState((s) => (s.phase === 'loading' && s.run === run ? { ...s, loaded: s.loaded + 1 } : s));
          return article;
        })
      );
      Promise.all(loads).then(
        (articles) => {
          if (runRef.current !== run) return;
          const worker = createWorker();
          workerRef.current = worker;
          worker.onmessage = (event: MessageEvent<CompareResponse>) => {
            if (runRef.current !== run) return;
            const response = event.data;
            stopWorker();
            if (!response.ok) {
              fail(run, new Error(`The comparison failed: ${response.message}`));
              return;
            }
            setState({
              phase: 'done',
              run,
              title,
              articles,
              comparison: response.comparison,
              milliseconds: response.milliseconds
            });
          };
          worker.onerror = (event) => {
            event.preventDefault();
            fail(run, new Error(`The comparison could not run${event.message ? `: ${event.message}` : '.'}`));
          };
          const request: CompareRequest = { articles: articles.map(compareInputOf) };
          worker.postMessage(request);
          setState({ phase: 'running', run, title, articles, startedAt: performance.now() });
        },
        (error: unknown) => fail(run, error)
      );
    },
    [fail, stopWorker, toast]
  );

  const close = useCallback(() => {
    runRef.current++;
    stopWorker();
    setState({ phase: 'closed' });
  }, [stopWorker]);

  return { state, start, cancel: close, close };
}
