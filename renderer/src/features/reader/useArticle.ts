import type { Article } from '../../../../shared/contract/schemas';
import { useEffect, useState } from 'react';
import { call, onEvent } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';

/**
 * The article shown in the reader; the previous one stays while the next loads. It loads again
 * when `reloadKey` changes ({@link useBodyChanges}).
 */
export function useArticle(id: number | null, reloadKey = 0): { article: Article | undefined; loading: boolean } {
  // NB: useAsync runs the loader only for a non-null key, so `id` is never null inside it.
  const result = useAsync(id === null ? null : `article:${id}:${reloadKey}`, () => call('articles:get', { id: id ?? 0 }));
  return { article: result.value, loading: result.loading };
}

/**
 * Counts the times an article's text changed under the reader (a changed file imported again,
 * which the engine announces with its re-anchored highlights): highlights are placed on the new
 * body, so the old one must not stay on screen.
 */
export function useBodyChanges(id: number | null): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (id === null) return;
    return onEvent('library:changed', (event) => {
      if (event.reason === 'annotations' && event.articleIds.includes(id)) setChanges((n) => n + 1);
    });
  }, [id]);
  return changes;
}
