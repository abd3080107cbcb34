import { useCallback, useRef, useState } from 'react';
import { COMPARE_MAX, COMPARE_MIN } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { plural } from '../../lib/format';

/** Fewest and most articles one comparison takes: the contract's limits (66 pairs at most). */
export const MIN_COMPARE = COMPARE_MIN;
export const MAX_COMPARE = COMPARE_MAX;

/** What the user asked to compare; `run` numbers the requests, so each opens a fresh view. */
export interface ComparisonRequest {
  readonly run: number;
  /** The picked articles, each once, in column order. */
  readonly ids: readonly number[];
  /** What is compared (a story's name), or null for a hand-picked set. */
  readonly title: string | null;
  /** Which of a story's articles are compared and why, when they are not all of them (the view's banner); else null. */
  readonly note: string | null;
}

/** The comparison workflow: what is compared (the view reads and compares it: useComparisonRun), start, cancel, close. */
export interface ComparisonFlow {
  /** The comparison open; null when none is. */
  readonly request: ComparisonRequest | null;
  /**
   * Compares these articles (2–12), replacing any comparison shown or running. `title` names
   * what is compared (a story's name) in the view's header; `note` says which of the story's
   * articles are compared and why, when they are some of them.
   */
  start(ids: readonly number[], title?: string | null, note?: string | null): void;
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

/**
 * Which comparison is open. Only the request lives here, in the workspace: the view reads the
 * articles and runs the comparison (useComparisonRun), so the articles arriving one by one
 * redraw the comparison, not the whole window, and closing the view stops its run.
 */
export function useComparison(): ComparisonFlow {
  const toast = useToast();
  const [request, setRequest] = useState<ComparisonRequest | null>(null);
  const requests = useRef(0);

  const start = useCallback(
    (ids: readonly number[], title: string | null = null, note: string | null = null) => {
      const unique = [...new Set(ids)];
      const problem = compareProblem(unique.length);
      if (problem) {
        toast.showMessage(problem);
        return;
      }
      setRequest({ run: ++requests.current, ids: unique, title, note });
    },
    [toast]
  );

  const close = useCallback(() => setRequest(null), []);

  return { request, start, cancel: close, close };
}
