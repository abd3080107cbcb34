import type { Article } from '@shared/contract/schemas';
import { citationLine } from '@shared/export/sourceText';
import { plural } from '../../lib/format';
import type { Picks } from './picks';

/** Copy citation and Copy title read each article: up to this many at once (Export… takes any number). */
export const COPY_MAX = 50;

/**
 * The articles a context menu opened on `rowId` acts on: every picked article when the row is one
 * of them, else the row alone (the picks are let go, as a file manager does).
 *
 * @example menuScope(7, new Set([3, 7])) // [3, 7]
 * @example menuScope(9, new Set([3, 7])) // [9]
 */
export function menuScope(rowId: number, picks: Picks): number[] {
  return picks.has(rowId) ? [...picks] : [rowId];
}

/** Why Copy citation or Copy title cannot take `count` articles, or null when it can. */
export function copyProblem(count: number): string | null {
  return count > COPY_MAX
    ? `Copying takes up to ${COPY_MAX} articles at a time (${plural(count, 'article')} picked). For more, use Export… (BibTeX, RIS or CSL-JSON).`
    : null;
}

/** What a citation reads of an article. */
export type CitedArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'byline' | 'publishedAt' | 'dateFromFile' | 'url'>;

/**
 * The articles cited as the reports cite their sources (outlet, “title”, byline, date; shared/export
 * `citationLine`: a date that is only the day the file was saved as `file saved 2 March 2019`), with
 * the URL after when there is one: one line each.
 */
export function citationText(articles: readonly CitedArticle[]): string {
  return articles
    .map((a) => {
      const line = citationLine({
        title: a.title,
        outlet: a.outlet,
        byline: a.byline,
        publishedAt: a.publishedAt,
        dateFromFile: a.dateFromFile === true
      });
      return a.url ? `${line}. ${a.url}` : `${line}.`;
    })
    .join('\n');
}

/** The articles' titles, one a line. */
export function titleText(articles: readonly Pick<Article, 'title'>[]): string {
  return articles.map((a) => a.title).join('\n');
}
