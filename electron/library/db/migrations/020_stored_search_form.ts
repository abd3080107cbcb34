import type { Migration } from './types';

/**
 * The search form of an article is stored where it differs from the text (`search_title`,
 * `search_body`, `search_outlet`; NULL for every text without Chinese, Japanese or Thai), and the
 * full-text index reads and removes exactly that (searchForms.ts). Migration 019 computed it in
 * SQL at every read, with ICU's word break: an article indexed by one runtime (the app's Electron)
 * and edited or deleted by another (the CLI's Node, another ICU) sent FTS5 other words to remove
 * than it had indexed, leaving stale entries and a corrupt index; and a connection without the
 * function (a bare `sqlite3` shell) could delete or edit no article at all.
 *
 * The view and triggers now read the columns (`COALESCE(search_body, body)`), with no function.
 * The columns are filled for the articles that have such text, computed now, and the index is
 * rebuilt from them once so it holds what will be removed. A library without such text keeps its
 * index as it is: its view gives the very text 019's did.
 *
 * `articles_search_form_stale` refuses an update that changes a text of an article with a stored
 * form and leaves that form as it was (a `sqlite3` shell editing a Chinese title): the index would
 * be given the old form; setting the column too (NULL is fine: the text is indexed as written) is
 * what the app's writers do.
 *
 * NB: the forms come from `crosscheck_search_form` (connection.ts), not a frozen copy: they must
 * be what the app's writers compute (searchForms.ts, the same `searchForm`).
 */
export const migration020: Migration = {
  version: 20,
  name: 'stored-search-form',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS articles_ad;
      DROP TRIGGER IF EXISTS articles_au;
      DROP VIEW IF EXISTS articles_search_form;
      ALTER TABLE articles ADD COLUMN search_title TEXT;
      ALTER TABLE articles ADD COLUMN search_body TEXT;
      ALTER TABLE articles ADD COLUMN search_outlet TEXT;
    `);
    // Before the triggers: these updates must not remove anything from the index.
    const filled = db
      .prepare(
        `UPDATE articles
            SET search_title = NULLIF(crosscheck_search_form(title), title),
                search_body = NULLIF(crosscheck_search_form(body), body),
                search_outlet = NULLIF(crosscheck_search_form(outlet), outlet)
          WHERE crosscheck_search_form(title) IS NOT title OR crosscheck_search_form(body) IS NOT body
             OR crosscheck_search_form(outlet) IS NOT outlet`
      )
      .run().changes;
    db.exec(`
      CREATE VIEW articles_search_form AS
        SELECT id,
               COALESCE(search_title, title) AS title,
               COALESCE(search_body, body) AS body,
               COALESCE(search_outlet, outlet) AS outlet
          FROM articles;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
          VALUES ('delete', old.id, COALESCE(old.search_title, old.title), COALESCE(old.search_body, old.body),
                  COALESCE(old.search_outlet, old.outlet));
      END;
      CREATE TRIGGER articles_au AFTER UPDATE OF title, body, outlet ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
          VALUES ('delete', old.id, COALESCE(old.search_title, old.title), COALESCE(old.search_body, old.body),
                  COALESCE(old.search_outlet, old.outlet));
        INSERT INTO articles_fts(rowid, title, body, outlet)
          VALUES (new.id, COALESCE(new.search_title, new.title), COALESCE(new.search_body, new.body),
                  COALESCE(new.search_outlet, new.outlet));
      END;
      CREATE TRIGGER articles_search_form_stale BEFORE UPDATE OF title, body, outlet ON articles
        WHEN (new.title IS NOT old.title AND old.search_title IS NOT NULL AND new.search_title IS old.search_title)
          OR (new.body IS NOT old.body AND old.search_body IS NOT NULL AND new.search_body IS old.search_body)
          OR (new.outlet IS NOT old.outlet AND old.search_outlet IS NOT NULL AND new.search_outlet IS old.search_outlet)
      BEGIN
        SELECT RAISE(ABORT, 'This article''s search form (search_title, search_body, search_outlet) must be set with its text: set it to NULL to index the text as written.');
      END;
    `);
    if (filled > 0) {
      db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
      // The saved word list was read from the index before (as repairLibrary does after a rebuild).
      db.prepare("DELETE FROM search_snapshots WHERE name = 'vocabulary'").run();
    }
  }
};
