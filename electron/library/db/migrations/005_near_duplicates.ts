import type { WritableDb } from '../connection';
import { frozenBandKeys, frozenSignature, frozenSimilarity, signatureBlob } from './frozen/minhash';
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
    linkExisting(db);
  }
};

/** Estimated share of shared five-word runs from which two articles are linked. */
const THRESHOLD = 0.5;
/** A band key shared by more articles than this is boilerplate: never compared. */
const MAX_BUCKET = 25;

/**
 * Stores a signature for every article and links the near-duplicates among them, oldest first, as
 * an import of them in id order would have. NB: self-contained on purpose (frozen when the code
 * moved on, see ./frozen/minhash.ts): one-permutation signatures, 21 bands of 3 kept in memory
 * (migration 009 drops the `minhash_bands` table created above, which stays empty), buckets over
 * 25 articles treated as boilerplate — what this migration wrote when the live code was frozen.
 */
function linkExisting(db: WritableDb): void {
  const articles = db.prepare('SELECT id, body FROM articles ORDER BY id').all() as Array<{ id: number; body: string }>;
  const signatures = new Map<number, Uint32Array>();
  const buckets = new Map<number, number[]>();
  const saturated = new Set<number>();
  const store = db.prepare('INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)');
  const link = db.prepare("INSERT OR REPLACE INTO article_links (a_id, b_id, kind, score) VALUES (?, ?, 'near-duplicate', ?)");
  for (const { id, body } of articles) {
    const signature = frozenSignature(body);
    if (!signature) continue;
    const keys = frozenBandKeys(signature);
    const candidates = new Set<number>();
    for (const key of keys) if (!saturated.has(key)) for (const other of buckets.get(key) ?? []) candidates.add(other);
    const found: Array<{ id: number; score: number }> = [];
    for (const other of candidates) {
      const score = frozenSimilarity(signature, signatures.get(other)!);
      if (score >= THRESHOLD) found.push({ id: other, score });
    }
    found.sort((a, b) => b.score - a.score);
    store.run(id, signatureBlob(signature));
    signatures.set(id, signature);
    for (const key of keys) {
      if (saturated.has(key)) continue;
      const bucket = buckets.get(key) ?? [];
      if (bucket.length >= MAX_BUCKET) {
        saturated.add(key);
        buckets.delete(key);
        continue;
      }
      bucket.push(id);
      buckets.set(key, bucket);
    }
    for (const d of found) link.run(Math.min(id, d.id), Math.max(id, d.id), d.score);
  }
}
