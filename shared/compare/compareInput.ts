import type { Article } from '@shared/contract/schemas';
import type { CompareArticleInput } from './compareArticlesTypes';

/**
 * A library article as the comparison takes it: its clean text, with what is known of its
 * outlet, date and wire credits. One mapping for the window's comparison worker, the
 * `compare:articles` channel and the exported report's comparison, so all three compare the same.
 */
export function compareInputOf(article: Article): CompareArticleInput {
  return {
    id: String(article.id),
    title: article.title,
    text: article.body,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(article.wireCredits.length ? { wireCredits: article.wireCredits } : {})
  };
}
