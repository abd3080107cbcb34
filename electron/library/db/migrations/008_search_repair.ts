import { migration004 } from './004_search';
import type { Migration } from './types';

/**
 * Gives migration 004's search tables to libraries that skipped it. NB: 004 landed after 005–007
 * during development, so a library created in between is at version 5–7 without them, and the
 * runner never goes back. 004's statements are all `IF NOT EXISTS`, so running them again is a
 * no-op everywhere else. Fixing it here, once, keeps the search code free of "does this table
 * exist?" checks.
 */
export const migration008: Migration = {
  version: 8,
  name: 'search-repair',
  up(db) {
    migration004.up(db);
  }
};
