import { linkNearDuplicates, loadBandIndex } from '../../import/nearDuplicates';
import { minhashSignature } from '../../../../shared/text/minhash';
import type { Migration } from './types';

/**
 * Near-duplicates: a MinHash signature per article, its LSH band keys for finding candidates,
 * and links between articles that are lightly edited copies of each other. Import runs count them
 * and their problems list them (kind `near-duplicate`). Existing articles are indexed and linked.
 */
export const migration005: Migration = {
  version: 5,
  name: 'near-duplicates',
  up(db) {
    db.exec(`
      CREATE TABLE article_minhash (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
      ) STRICT;
      CREATE TABLE minhash_bands (
        band_key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX minhash_bands_key ON minhash_bands(band_key);
      CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
      CREATE TABLE article_links (
        a_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        b_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('near-duplicate')),
        score REAL NOT NULL,
        PRIMARY KEY (a_id, b_id, kind)
      ) STRICT;
      CREATE INDEX article_links_b ON article_links(b_id);

      ALTER TABLE import_runs ADD COLUMN near_duplicates INTEGER NOT NULL DEFAULT 0;

      -- SQLite cannot alter a CHECK constraint: rebuild import_problems with the new kind.
      CREATE TABLE import_problems_new (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('failed', 'skipped', 'duplicate', 'near-duplicate', 'warning')),
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
      ) STRICT;
      INSERT INTO import_problems_new SELECT * FROM import_problems;
      DROP TABLE import_problems;
      ALTER TABLE import_problems_new RENAME TO import_problems;
      CREATE INDEX import_problems_run ON import_problems(run_id);
    `);
    const articles = db.prepare('SELECT id, body FROM articles ORDER BY id').all() as Array<{ id: number; body: string }>;
    // NB: this links with today's code: band keys in memory (migration 009 drops the empty
    // minhash_bands) and today's signatures (which migration 011's recomputation leaves as they are).
    const bands = loadBandIndex(db);
    for (const a of articles) linkNearDuplicates(db, bands, a.id, minhashSignature(a.body));
  }
};
