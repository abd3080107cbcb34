import type { ArticleCorrection } from '@shared/contract/schemas';
import { AppFailure } from '@shared/contract/result';
import type { ReadableDb, WritableDb } from './db/connection';
import { prepareCached } from './db/statements';
import { SEARCH_COLUMN, storedSearchForm } from './searchForms';

/** Contract field → column. The allow-list: nothing else can be corrected. */
const COLUMNS = {
  title: 'title',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  url: 'url',
  language: 'language'
} as const satisfies Record<keyof ArticleCorrection, string>;

type Field = keyof typeof COLUMNS;

/**
 * Applies the user's corrections to an article's metadata and remembers them, so re-importing a
 * changed version of its file keeps them. An empty string clears a field (except the title).
 */
export function correctArticle(db: WritableDb, id: number, changes: ArticleCorrection, now = new Date()): void {
  db.transaction(() => {
    if (!prepareCached(db, 'SELECT 1 FROM articles WHERE id = ?').get(id)) {
      throw new AppFailure('not-found', `Article ${id} is not in the library (it may have been deleted).`);
    }
    for (const field of Object.keys(COLUMNS) as Field[]) {
      const raw = changes[field];
      if (raw === undefined) continue;
      const value = raw.trim() === '' ? null : raw.trim();
      if (field === 'title' && value === null) throw new AppFailure('invalid-input', 'An article needs a title.');
      const column = COLUMNS[field];
      // NB: the column comes from the allow-list above, never from the request.
      if (field === 'title' || field === 'outlet') {
        // The search form in the same statement: the update trigger re-indexes from new.search_*.
        prepareCached(db, `UPDATE articles SET ${column} = ?, ${SEARCH_COLUMN[field]} = ? WHERE id = ?`).run(value, storedSearchForm(value), id);
      } else {
        prepareCached(db, `UPDATE articles SET ${column} = ? WHERE id = ?`).run(value, id);
      }
      prepareCached(
        db,
        `INSERT INTO article_corrections (article_id, field, value, corrected_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id, field) DO UPDATE SET value = excluded.value, corrected_at = excluded.corrected_at`
      ).run(id, column, value, now.toISOString());
    }
  }).immediate();
}

/** The columns the user corrected on an article (so an update from a re-import leaves them). */
export function correctedColumns(db: ReadableDb, id: number): Set<string> {
  return new Set(prepareCached(db, 'SELECT field FROM article_corrections WHERE article_id = ?').pluck().all(id) as string[]);
}

/** The fields of an article the user corrected, as contract field names. */
export function correctedFields(db: ReadableDb, id: number): Field[] {
  const columns = correctedColumns(db, id);
  return (Object.keys(COLUMNS) as Field[]).filter((f) => columns.has(COLUMNS[f]));
}
