import type { Article } from '@shared/contract/schemas';
import type { CompareArticleInput } from './compareArticlesTypes';

/**
 * A library article as the comparison takes it: its clean text, with what is known of its
 * outlet, publication date and wire credits. One mapping for the window's comparison worker, the
 * `compare:articles` channel and the exported report's comparison, so all three compare the same.
 * A date read from the file's properties (`dateFromFile`: the day someone saved the file) is left
 * out: it says nothing of when the piece was published, so it must not make a wire copy the
 * group's "earliest", likely original (issue 15).
 */
export function compareInputOf(article: Article): CompareArticleInput {
  return {
    id: String(article.id),
    title: article.title,
    text: article.body,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.publishedAt && article.dateFromFile !== true ? { publishedAt: article.publishedAt } : {}),
    ...(article.wireCredits.length ? { wireCredits: article.wireCredits } : {})
  };
}
