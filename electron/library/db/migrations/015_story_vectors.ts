import type { Migration } from './types';

/**
 * What story grouping keeps so that new articles can be placed into the existing stories without
 * grouping the whole library again (docs/compare.md, "Placing new articles"): per term, the number
 * of articles holding it (`df`) and its postings — the articles whose vector has the term, with
 * their weight, as little-endian (int32 article id, float32 weight) pairs; per article, that its
 * vector is in the postings and whether it was placed incrementally since the last full grouping
 * (`placed`: how far placement may have drifted). Filled by the next grouping; a library without
 * them is grouped in full once.
 */
export const migration015: Migration = {
  version: 15,
  name: 'story-vectors',
  up(db) {
    db.exec(`
      CREATE TABLE story_terms (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE,
        df INTEGER NOT NULL,
        postings BLOB NOT NULL
      ) STRICT;
      CREATE TABLE story_vectors (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        placed INTEGER NOT NULL DEFAULT 0 CHECK (placed IN (0, 1))
      ) STRICT;
    `);
  }
};
