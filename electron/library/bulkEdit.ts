import type { BulkCorrection } from '@shared/contract/schemas';
import { AppFailure } from '@shared/contract/result';
import { correctArticle } from './corrections';
import type { WritableDb } from './db/connection';
import { prepareCached } from './db/statements';

/**
 * Sets the same details on many articles ("Edit details…" on the picked articles, `crosscheck
 * edit`) in one transaction: all of them change, or none. Outlet, date and language go through
 * {@link correctArticle}, so each is remembered as a correction and a re-import of the file never
 * overwrites it; the collection is written as is (imports set it only on new articles). A field
 * left out keeps each article's own value. Returns how many articles were changed.
 */
export function correctArticles(db: WritableDb, ids: readonly number[], changes: BulkCorrection, now = new Date()): number {
  const unique = [...new Set(ids)];
  const { collection, ...corrections } = changes;
  return db
    .transaction(() => {
      const missing = unique.filter((id) => !prepareCached(db, 'SELECT 1 FROM articles WHERE id = ?').get(id));
      if (missing.length > 0) {
        throw new AppFailure(
          'not-found',
          `${missing.length === 1 ? `Article ${missing[0]} is` : `${missing.length} of the picked articles are`} no longer in the library; nothing was changed. Reload the list and pick again.`
        );
      }
      const value = collection === undefined ? undefined : collection.trim() || null;
      for (const id of unique) {
        // NB: correctArticle opens its own transaction; inside this one it is a savepoint.
        if (Object.keys(corrections).length > 0) correctArticle(db, id, corrections, now);
        if (value !== undefined) prepareCached(db, 'UPDATE articles SET collection = ? WHERE id = ?').run(value, id);
      }
      return unique.length;
    })
    .immediate();
}
