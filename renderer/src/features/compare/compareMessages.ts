import type { CompareArticleInput, Comparison } from '@shared/compare/compareArticlesTypes';

/** What the page sends the comparison worker: the articles, text and all. */
export interface CompareRequest {
  readonly articles: readonly CompareArticleInput[];
}

/** What the worker sends back, once per request. */
export type CompareResponse =
  | { readonly ok: true; readonly comparison: Comparison; readonly milliseconds: number }
  | { readonly ok: false; readonly message: string };
