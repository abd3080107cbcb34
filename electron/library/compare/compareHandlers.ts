import { compareArticles } from '@shared/compare/compareArticles';
import { compareInputOf } from '@shared/compare/compareInput';
import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';
import { getArticle } from '../articles';
import type { ReadableDb } from '../db/connection';
import { alignHandlers } from './alignHandler';

/**
 * `compare:articles`: the full comparison of library articles (2–12, the contract says), in the
 * order given. For the CLI and scripts; the window runs `compareArticles` in a Web Worker instead,
 * where it can be cancelled. `compare:align` (two texts, no library) is {@link alignHandlers}.
 */
export function compareHandlers(db: ReadableDb): Pick<Handlers, 'compare:articles' | 'compare:align'> {
  return {
    ...alignHandlers(),
    'compare:articles': ({ articleIds }) => {
      const articles = articleIds.map((id) => {
        const article = getArticle(db, id);
        if (!article) throw new AppFailure('not-found', `Article ${id} is not in the library (it may have been deleted).`);
        return compareInputOf(article);
      });
      return compareArticles(articles);
    }
  };
}
