import type { Migration } from './types';

/**
 * New articles are added to the full-text index by `insertArticle` itself instead of by the
 * AFTER INSERT trigger of migration 001. NB: a statement that fires a trigger runs under a
 * statement savepoint, and FTS5 flushes its pending terms to a new on-disk segment at each one,
 * so a bulk import wrote one tiny segment per article and then merged them — over three times
 * the indexing work. The update and delete triggers stay: those changes are rare.
 */
export const migration010: Migration = {
  version: 10,
  name: 'index-on-insert',
  up(db) {
    db.exec('DROP TRIGGER IF EXISTS articles_ai;');
  }
};
