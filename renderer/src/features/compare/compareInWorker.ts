import type { CompareArticleInput } from '@shared/compare/compareArticlesTypes';
import type { CompareDone } from './compareRuns';
import type { CompareRequest, CompareResponse } from './compareMessages';

/**
 * Compares articles in a Web Worker, so the window never freezes; aborting `signal` terminates
 * the worker at once, wherever it is (and rejects with the signal's reason). One worker per run.
 */
export function compareInWorker(articles: readonly CompareArticleInput[], signal: AbortSignal): Promise<CompareDone> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    // Vite bundles the worker as its own file, which the CSP's `worker-src 'self'` allows.
    const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-compare' });
    const stop = () => {
      worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    const end = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<CompareResponse>) => {
      end();
      const response = event.data;
      if (response.ok) resolve({ comparison: response.comparison, milliseconds: response.milliseconds });
      else reject(new Error(`The comparison failed: ${response.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error(`The comparison could not run${event.message ? `: ${event.message}` : '.'}`));
    };
    const request: CompareRequest = { articles };
    worker.postMessage(request);
  });
}
