import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CompareArticleInput, Comparison } from '@shared/compare/compareArticlesTypes';
import { compareInputOf } from '@shared/compare/compareInput';
import { type Article, COMPARE_MAX, COMPARE_MIN } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { plural } from '../../lib/format';
import { useQueries, type QuerySlot } from '../../lib/query/useQuery';
import { compareInWorker } from './compareInWorker';
import { CompareRuns, type CompareRunner } from './compareRuns';

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
      /** When the worker started (`performance.now()`); null in the moment before it does. */
      readonly startedAt: number | null;
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

/** What the user asked to compare; `run` numbers the requests, so each opens a fresh view. */
interface Asked {
  readonly run: number;
  readonly ids: readonly number[];
  readonly title: string | null;
}

const CLOSED: ComparisonState = { phase: 'closed' };

/**
 * What a comparison is keyed by: the picked ids, and what of their articles it reads. The title
 * is left out: a corrected title shows in the columns at once and needs no new comparison, while
 * a changed text (or outlet, or date) is compared again, as the passages' places follow the text.
 */
function runKey(ids: readonly number[], inputs: readonly CompareArticleInput[]): string {
  return JSON.stringify([ids, inputs.map((input) => ({ ...input, title: '' }))]);
}

/**
 * The comparison workflow: the picked articles are read through the query layer (`articles:get`,
 * the same cached answers the reader shows, so a correction made anywhere shows in the columns),
 * then compared off the window's thread (`runner`: a Web Worker; a fake in tests), the result
 * kept for the ids and texts it compared. Cancelling, closing or starting another comparison stops
 * the run at once, and its answer is never shown. Failures are toasts.
 */
export function useComparison(runner: CompareRunner = compareInWorker): ComparisonFlow {
  const toast = useToast();
  const [request, setRequest] = useState<Asked | null>(null);
  const requests = useRef(0);
  const [runs] = useState(() => new CompareRuns(runner));
  const run = useSyncExternalStore(runs.subscribe, runs.snapshot);
  useEffect(() => () => runs.stop(), [runs]);

  const slots = useMemo(
    () => (request?.ids ?? []).map((id): QuerySlot<'articles:get'> => ({ slot: String(id), input: { id } })),
    [request]
  );
  const answers = useQueries('articles:get', slots);
  const articles = useMemo(() => {
    const loaded: Article[] = [];
    for (const { slot } of slots) {
      const article = answers.get(slot)?.value;
      if (!article) return null;
      loaded.push(article);
    }
    return loaded;
  }, [slots, answers]);
  const job = useMemo(() => {
    if (!request || !articles) return null;
    const inputs = articles.map(compareInputOf);
    return { key: runKey(request.ids, inputs), inputs };
  }, [request, articles]);

  useEffect(() => {
    if (job) runs.ensure(job.key, job.inputs, toast.showError);
  }, [job, runs, toast]);

  // An article that could not be opened (the query layer has said why), or a run that failed, closes the view.
  const unreadable = slots.some(({ slot }) => {
    const answer = answers.get(slot);
    return answer !== undefined && answer.value === undefined && answer.error !== undefined;
  });
  const ours = job !== null && run?.key === job.key ? run : null;
  if (request && (unreadable || ours?.failed)) setRequest(null);

  const start = useCallback(
    (ids: readonly number[], title: string | null = null) => {
      const unique = [...new Set(ids)];
      const problem = compareProblem(unique.length);
      if (problem) {
        toast.showMessage(problem);
        return;
      }
      runs.stop();
      setRequest({ run: ++requests.current, ids: unique, title });
    },
    [runs, toast]
  );

  const close = useCallback(() => {
    runs.stop();
    setRequest(null);
  }, [runs]);

  let state: ComparisonState = CLOSED;
  if (request && !unreadable && !ours?.failed) {
    const { run: number, title, ids } = request;
    if (!articles) {
      const loaded = slots.filter(({ slot }) => answers.get(slot)?.value !== undefined).length;
      state = { phase: 'loading', run: number, title, ids, loaded };
    } else if (ours?.done) {
      state = {
        phase: 'done',
        run: number,
        title,
        articles,
        comparison: ours.done.comparison,
        milliseconds: ours.done.milliseconds
      };
    } else {
      state = { phase: 'running', run: number, title, articles, startedAt: ours?.startedAt ?? null };
    }
  }

  return { state, start, cancel: close, close };
}
