import type { Article } from '@shared/contract/schemas';

/**
 * Why *Show original* is greyed out, said on the control (its tooltip and description) in the
 * toolbar and in the ⋯ menu alike: an article whose file clean-up left as it was has no original
 * apart from the text shown (`original` is `null`). It was greyed with no word (review 13, #8).
 */
export const NOTHING_REMOVED = 'Clean-up removed nothing from this file’s text: the original is the text shown.';

/** Why the article's original cannot be shown, or null when it can. */
export function originalUnavailableReason(article: Pick<Article, 'original'>): string | null {
  return article.original === null ? NOTHING_REMOVED : null;
}
