import type { Migration } from './types';

/**
 * The first schema: articles with their clean text and the original as read, a full-text index
 * kept in sync by triggers, import runs with their per-file problems, and settings.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        outlet TEXT,
        byline TEXT,
        published_at TEXT,
        url TEXT,
        language TEXT,
        dateline TEXT,
        wire_credits TEXT NOT NULL DEFAULT '[]',
        body TEXT NOT NULL,
        original TEXT, -- NULL when identical to body (most files): halves the write volume
        removed TEXT NOT NULL DEFAULT '[]',
        content_hash TEXT NOT NULL UNIQUE,
        word_count INTEGER NOT NULL,
        source_path TEXT,
        source_format TEXT NOT NULL,
        collection TEXT,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX articles_published_at ON articles(published_at);
      CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
      CREATE INDEX articles_title ON articles(title COLLATE NOCASE);

      -- External-content FTS5: the text lives once, in articles; triggers keep the index in step.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, outlet,
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body, outlet) VALUES (new.id, new.title, new.body, new.outlet);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
          VALUES ('delete', old.id, old.title, old.body, old.outlet);
      END;
      CREATE TRIGGER articles_au AFTER UPDATE OF title, body, outlet ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
          VALUES ('delete', old.id, old.title, old.body, old.outlet);
        INSERT INTO articles_fts(rowid, title, body, outlet) VALUES (new.id, new.title, new.body, new.outlet);
      END;

      CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        paths TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
        imported INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE import_problems (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('failed', 'skipped', 'duplicate', 'warning')),
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX import_problems_run ON import_problems(run_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  }
};
