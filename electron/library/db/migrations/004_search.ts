import type { Migration } from './types';

/**
 * Search state kept with the library:
 * - `search_snapshots`: the MiniSearch prefix/fuzzy index, serialised, so opening a large library
 *   does not re-index it; it records the highest article id and the last change it covers.
 * - `search_changes`: a log of articles whose indexed text changed or that were deleted, written
 *   by triggers, so the index catches up incrementally (new articles are found by id instead).
 * - `articles_search_meta`: a covering index of the columns filters and facets read.
 * - `saved_searches` and `recent_searches` for the search box.
 */
export const migration004: Migration = {
  version: 4,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS search_snapshots (
        name TEXT PRIMARY KEY,
        -- What the snapshot covers: articles up to this id, and changes up to this seq.
        max_article_id INTEGER NOT NULL,
        change_seq INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        -- The index options it was built with; a snapshot of other options is rebuilt.
        format TEXT NOT NULL,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;

      -- AUTOINCREMENT: a seq is never reused, so "changes after seq N" is well defined.
      CREATE TABLE IF NOT EXISTS search_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL
      ) STRICT;
      CREATE TRIGGER IF NOT EXISTS search_changes_au AFTER UPDATE OF title, body, outlet ON articles
        WHEN old.title IS NOT new.title OR old.body IS NOT new.body OR old.outlet IS NOT new.outlet
      BEGIN
        INSERT INTO search_changes (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER IF NOT EXISTS search_changes_ad AFTER DELETE ON articles BEGIN
        INSERT INTO search_changes (article_id) VALUES (old.id);
      END;

      -- Everything filters and facets read of an article, keyed by id: searches join it with
      -- INDEXED BY instead of the table, whose rows hold the full text (5× faster at 100k).
      CREATE INDEX IF NOT EXISTS articles_search_meta ON articles(id, outlet, published_at, language, byline);

      CREATE TABLE IF NOT EXISTS saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- One row per distinct query (folded key); the highest id is the most recent.
      CREATE TABLE IF NOT EXISTS recent_searches (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        searched_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};
