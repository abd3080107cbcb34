/**
 * The comparison, off the UI thread: aligning a dozen long articles takes seconds, and the window
 * must stay responsive meanwhile. One request per worker; the page cancels by terminating it.
 */
import { compareArticles } from '@shared/compare/compareArticles';
import type { CompareRequest, CompareResponse } from './compareMessages';

/** The parts of a dedicated worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
  postMessage(message: CompareResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const started = performance.now();
  let response: CompareResponse;
  try {
    const comparison = compareArticles(event.data.articles);
    response = { ok: true, comparison, milliseconds: performance.now() - started };
  } catch (error) {
    response = { ok: false, message: error instanceof Error && error.message ? error.message : 'The comparison failed.' };
  }
  scope.postMessage(response);
};
