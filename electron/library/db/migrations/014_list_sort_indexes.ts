import type { Migration } from './types';

/**
 * Indexes for the library list's two sorts that had none (words, date imported): with them every
 * sort reads its page from an index instead of sorting the whole library for each page of 200
 * (db/queryPlans.test.ts checks the plans).
 */
export const migration014: Migration = {
  version: 14,
  name: 'list-sort-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX articles_word_count ON articles(word_count);
      CREATE INDEX articles_imported_at ON articles(imported_at);
    `);
  }
};
