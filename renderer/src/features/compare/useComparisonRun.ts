import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CompareArticleInput, Comparison } from '@shared/compare/compareArticlesTypes';
import { compareInputOf } from '@shared/compare/compareInput';
import type { Article } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { useQueries, type QuerySlot } from '../../lib/query/useQuery';
import { compareInWorker } from './compareInWorker';
import { CompareRuns, type CompareRunner } from './compareRuns';
import type { ComparisonRequest } from './useComparison';

/** What the comparison view shows, and how far the work has got. */
export type ComparisonState =
  /** Fetching the articles' text. */
  | {
      readonly phase: 'loading';
      readonly title: string | null;
      readonly ids: readonly number[];
      readonly loaded: number;
    }
  /** The worker is comparing; the texts are already shown, without highlights. */
  | {
      readonly phase: 'running';
      readonly title: string | null;
      readonly articles: readonly Article[];
      /** When the worker started (`performance.now()`); null in the moment before it does. */
      readonly startedAt: number | null;
    }
  | {
      readonly phase: 'done';
      readonly title: string | null;
      readonly articles: readonly Article[];
      readonly comparison: Comparison;
      readonly milliseconds: number;
    };

/**
 * What a comparison is keyed by: the picked ids, and what of their articles it reads. The title
 * is left out: a corrected title shows in the columns at once and needs no new comparison, while
 * a changed text (or outlet, or date) is compared again, as the passages' places follow the text.
 */
function runKey(ids: readonly number[], inputs: readonly CompareArticleInput[]): string {
  return JSON.stringify([ids, inputs.map((input) => ({ ...input, title: '' }))]);
}

/**
 * Reads and compares what `request` names, for the comparison view: the articles through the
 * query layer (`articles:get`, the same cached answers the reader shows, so a correction made
 * anywhere shows in the columns), compared off the window's thread (`runner`: a Web Worker; a fake
 * in tests), the result kept for the ids and texts it compared. A run replaced by a newer one, or
 * left by unmounting, is stopped and its answer never shown. An article that cannot be opened (the
 * query layer has said why) or a failed run (a toast says why) calls `onFailed`.
 */
export function useComparisonRun(
  request: ComparisonRequest,
  onFailed: () => void,
  runner: CompareRunner = compareInWorker
): ComparisonState {
  const toast = useToast();
  const [runs] = useState(() => new CompareRuns(runner));
  const run = useSyncExternalStore(runs.subscribe, runs.snapshot);
  useEffect(() => () => runs.stop(), [runs]);

  const slots = useMemo(
    () => request.ids.map((id): QuerySlot<'articles:get'> => ({ slot: String(id), input: { id } })),
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
    if (!articles) return null;
    const inputs = articles.map(compareInputOf);
    return { key: runKey(request.ids, inputs), inputs };
  }, [request, articles]);

  useEffect(() => {
    if (job) runs.ensure(job.key, job.inputs, toast.showError);
  }, [job, runs, toast]);

  const unreadable = slots.some(({ slot }) => {
    const answer = answers.get(slot);
    return answer !== undefined && answer.value === undefined && answer.error !== undefined;
  });
  const ours = job !== null && run?.key === job.key ? run : null;
  const failed = unreadable || ours?.failed === true;
  useEffect(() => {
    if (failed) onFailed();
  }, [failed, onFailed]);

  const { title, ids } = request;
  if (!articles) {
    const loaded = slots.filter(({ slot }) => answers.get(slot)?.value !== undefined).length;
    return { phase: 'loading', title, ids, loaded };
  }
  if (ours?.done)
    return { phase: 'done', title, articles, comparison: ours.done.comparison, milliseconds: ours.done.milliseconds };
  return { phase: 'running', title, articles, startedAt: ours?.startedAt ?? null };
}
