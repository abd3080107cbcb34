import type { Migration } from './types';

/**
 * The full-text index's vocabulary as a table (FTS5 `fts5vocab`): every indexed word with the
 * number of articles holding it. Search reads it to find spelling variants and typos of query
 * words (Deraa → Daraa) without keeping a second copy of the index.
 */
export const migration002: Migration = {
  version: 2,
  name: 'vocabulary',
  up(db) {
    db.exec(`CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');`);
  }
};
