import { AppFailure } from '@shared/contract/result';
import { describeRange, type TextAnchor } from '@shared/annotations/selectors';
import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';

/** The article a highlight is made on: its title (kept with the annotation) and clean body. */
export interface AnchorTarget {
  readonly id: number;
  readonly title: string;
  readonly body: string;
}

/** The article's title and body, or a `not-found` failure a person can read. */
export function articleForAnchor(db: ReadableDb, id: number): AnchorTarget {
  const row = prepareCached(db, 'SELECT id, title, body FROM articles WHERE id = ?').get(id) as AnchorTarget | undefined;
  if (!row) throw new AppFailure('not-found', `Article ${id} is not in the library (it may have been deleted).`);
  return row;
}

/**
 * The range of today's body that a reader's selection means. `exact` is the text the reader showed
 * in [start, end): when the body changed since (a watched folder or a script re-imported the file
 * between loading and selecting), offsets alone would put the highlight on whatever words now sit
 * there, silently (review 13, finding 9). The words are looked for again, nearest to where they
 * were; when they are gone the write is refused with a sentence, and nothing is stored.
 */
export function rangeAsShown(article: AnchorTarget, start: number, end: number, exact: string | undefined): { start: number; end: number } {
  if (exact === undefined || article.body.slice(start, end) === exact) return { start, end };
  let best = -1;
  for (let at = article.body.indexOf(exact); at !== -1; at = article.body.indexOf(exact, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  if (best === -1) {
    throw new AppFailure(
      'invalid-input',
      'The article’s text changed since it was shown (it was imported again meanwhile), and the selected words are no longer in it; select the passage again.'
    );
  }
  return { start: best, end: best + exact.length };
}

/**
 * The anchor of [start, end) of an article's body. A range outside the text, or one holding only
 * spaces, is refused with a sentence saying so rather than stored as an empty highlight.
 */
export function anchorRange(article: AnchorTarget, start: number, end: number): TextAnchor {
  if (end <= start) throw new AppFailure('invalid-input', `A highlight needs some text: the range ${start}–${end} is empty.`);
  if (end > article.body.length) {
    throw new AppFailure(
      'invalid-input',
      `The range ${start}–${end} runs past the end of article ${article.id}, whose text is ${article.body.length} characters long.`
    );
  }
  const anchor = describeRange(article.body, start, end);
  if (anchor.quote.exact.trim() === '')
    throw new AppFailure('invalid-input', 'A highlight needs some text: the range holds only spaces.');
  return anchor;
}

/**
 * The range of the `occurrence`-th appearance (from 1) of `quote` in the article's body, exactly
 * as written (the CLI's `--quote`, or an API client that has text rather than offsets).
 */
export function findQuote(article: AnchorTarget, quote: string, occurrence: number): { start: number; end: number } {
  let found = 0;
  for (let at = article.body.indexOf(quote); at >= 0; at = article.body.indexOf(quote, at + 1)) {
    if (++found === occurrence) return { start: at, end: at + quote.length };
  }
  const shown = quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
  if (found === 0) {
    throw new AppFailure(
      'invalid-input',
      `Article ${article.id} does not contain "${shown}" (the text must match exactly, including case).`
    );
  }
  throw new AppFailure(
    'invalid-input',
    `Article ${article.id} contains "${shown}" ${found === 1 ? 'once' : `${found} times`}, so there is no occurrence ${occurrence}.`
  );
}
