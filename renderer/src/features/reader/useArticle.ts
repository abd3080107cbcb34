import { useCallback } from 'react';
import type { Article } from '@shared/contract/schemas';
import { useQueryClient } from '../../lib/query/queryContext';
import { useQuery } from '../../lib/query/useQuery';

/**
 * The article shown in the reader, through the query layer; the previous one stays while the
 * next loads (`loading`). It is fetched again when the library's articles change, and when its text changed
 * under the reader (a changed file imported again: topic `article-text`), so highlights placed on
 * the new body are never drawn over the old one.
 */
export function useArticle(id: number | null): { article: Article | undefined; loading: boolean } {
  const result = useQuery('articles:get', id === null ? null : { id });
  // Loading is another article on its way; a refetch of the one shown keeps it as it is meanwhile.
  return { article: result.value, loading: result.loading && !result.current };
}

/**
 * What to do with a correction's answer (`articles:correct`): the reader shows it at once, and
 * what lists the article (the list, searches, stories) is fetched again.
 */
export function useArticleSaved(): (article: Article) => void {
  const client = useQueryClient();
  return useCallback(
    (article: Article) => {
      client.setData('articles:get', { id: article.id }, article);
      client.invalidate(['articles']);
    },
    [client]
  );
}
