import type { Migration } from './types';

/**
 * Chinese, Japanese and Thai searchable by word (docs/search.md, "Scripts without spaces"). FTS5's
 * `unicode61` tokenizer ends words only at spaces and punctuation, so a sentence of these scripts
 * was one word in the index and none of its words could be found. The index now reads each article
 * through `articles_search_form`, a view giving its title, text and outlet with a space around each
 * word of such a run (`crosscheck_search_form`, shared/text/unspaced.ts, registered on every
 * connection by connection.ts); `indexArticle` writes the same form. Text without these scripts
 * comes through the function unchanged, so every other article is indexed exactly as before.
 *
 * The full-text table is made again on the view (its `content` option cannot be changed in place)
 * and rebuilt from it, so its index, FTS5's integrity check and a repair's `rebuild` all agree with
 * what `indexArticle` writes. Nothing in `articles` changes. The articles that hold such text are
 * logged as changed, so the saved MiniSearch index re-reads them (its words of them were whole
 * runs too) and the spelling-variant word list is rebuilt.
 *
 * NB: the delete and update triggers call `crosscheck_search_form`, so deleting or editing an
 * article needs a connection that has it: the app's, the CLI's, browser mode's (all open through
 * connection.ts). A bare `sqlite3` shell cannot delete an article any more ("no such function").
 * NB: written to stand alone (`IF EXISTS`, nothing of migration 018 assumed), as the two numbers
 * were taken by work landing in either order.
 */
export const migration019: Migration = {
  version: 19,
  name: 'unspaced-words',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS articles_ad;
      DROP TRIGGER IF EXISTS articles_au;
      DROP TABLE IF EXISTS articles_vocab;
      DROP TABLE IF EXISTS articles_fts;
      DROP VIEW IF EXISTS articles_search_form;

      CREATE VIEW articles_search_form AS
        SELECT id,
               crosscheck_search_form(title) AS title,
               crosscheck_search_form(body) AS body,
               crosscheck_search_form(outlet) AS outlet
          FROM articles;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, outlet,
        content='articles_search_form', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
      CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');

      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
          VALUES ('delete', old.id, crosscheck_search_form(old.title), crosscheck_search_form(old.body),
                  crosscheck_search_form(old.outlet));
      END;
      CREATE TRIGGER articles_au AFTER UPDATE OF title, body, outlet ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
          VALUES ('delete', old.id, crosscheck_search_form(old.title), crosscheck_search_form(old.body),
                  crosscheck_search_form(old.outlet));
        INSERT INTO articles_fts(rowid, title, body, outlet)
          VALUES (new.id, crosscheck_search_form(new.title), crosscheck_search_form(new.body),
                  crosscheck_search_form(new.outlet));
      END;
    `);
    const logged = db
      .prepare(
        `INSERT INTO search_changes (article_id)
         SELECT id FROM articles
          WHERE crosscheck_search_form(title) IS NOT title OR crosscheck_search_form(body) IS NOT body
             OR crosscheck_search_form(outlet) IS NOT outlet`
      )
      .run().changes;
    if (logged > 0) db.prepare("DELETE FROM search_snapshots WHERE name = 'vocabulary'").run();
  }
};
