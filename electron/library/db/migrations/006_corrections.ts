import type { Migration } from './types';

/**
 * The user's corrections of article metadata. The corrected value is written into `articles`
 * (so lists, search and filters see it); this table remembers which fields the user set, so a
 * re-import of a changed file updates the text but never overwrites a correction.
 */
export const migration006: Migration = {
  version: 6,
  name: 'corrections',
  up(db) {
    db.exec(`
      CREATE TABLE article_corrections (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'byline', 'published_at', 'url', 'language')),
        value TEXT,
        corrected_at TEXT NOT NULL,
        PRIMARY KEY (article_id, field)
      ) STRICT;
      CREATE INDEX articles_source_path ON articles(source_path);
    `);
  }
};
