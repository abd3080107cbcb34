import type { Migration } from './types';

/**
 * Indexes for the notes panel's counts by colour and by state (`annotations:counts`): without them
 * each count read every annotation's whole row (quotes, notes, selectors) and sorted them in a
 * temporary table; with them it reads a narrow index in order. `article_id` rides along because the
 * counts join the article for the panel's outlet and date filters (db/queryPlans.test.ts).
 */
export const migration016: Migration = {
  version: 16,
  name: 'annotation-count-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX annotations_colour ON annotations(colour, article_id);
      CREATE INDEX annotations_state ON annotations(state, article_id);
    `);
  }
};
