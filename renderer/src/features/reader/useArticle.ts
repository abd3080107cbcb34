import type { Article } from '../../../../shared/contract/schemas';
import { call } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';

/** The article shown in the reader; the previous one stays while the next loads. */
export function useArticle(id: number | null): { article: Article | undefined; loading: boolean } {
  // NB: useAsync runs the loader only for a non-null key, so `id` is never null inside it.
  const result = useAsync(id === null ? null : `article:${id}`, () => call('articles:get', { id: id ?? 0 }));
  return { article: result.value, loading: result.loading };
}
