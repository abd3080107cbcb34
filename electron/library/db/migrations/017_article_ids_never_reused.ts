import type { Migration } from './types';

/**
 * A deleted article's id is never given to another article. `articles.id` is a plain INTEGER
 * PRIMARY KEY, so SQLite hands out max(id) + 1 and, after the newest article is deleted, its id
 * again; an orphaned passage note still names that id in its `passage` JSON and would be listed
 * with, and re-anchored on, the unrelated article that got it (docs/annotations.md).
 *
 * `article_id_floor` holds one number: at least the highest id any deleted article had. A trigger
 * raises it when an article above it is deleted, and `storeArticle` (articles.ts) gives each new
 * article the id above both it and every article there. It starts at the
 * highest id this library shows any trace of: its articles, the search log of deletions, and the
 * articles its passage notes name (an article deleted before this migration left those behind).
 *
 * NB: no AFTER INSERT trigger and no rebuild to AUTOINCREMENT. A trigger on insert makes FTS5 flush
 * its pending terms at every import statement (see indexArticle), and a rebuild of `articles`
 * would have to recreate its full-text triggers and every foreign key pointing at it.
 */
export const migration017: Migration = {
  version: 17,
  name: 'article-ids-never-reused',
  up(db) {
    db.exec(`
      CREATE TABLE article_id_floor (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        highest INTEGER NOT NULL CHECK (highest >= 0)
      ) STRICT;
      INSERT INTO article_id_floor (only, highest) VALUES (1, max(
        coalesce((SELECT max(id) FROM articles), 0),
        coalesce((SELECT max(article_id) FROM search_changes), 0),
        coalesce((SELECT max(json_extract(p.value, '$.articleId'))
                    FROM annotations a, json_each(a.passage) p WHERE a.passage_key IS NOT NULL), 0)
      ));
      CREATE TRIGGER article_id_floor_ad AFTER DELETE ON articles
      WHEN old.id > (SELECT highest FROM article_id_floor)
      BEGIN
        UPDATE article_id_floor SET highest = old.id WHERE only = 1;
      END;
    `);
  }
};
