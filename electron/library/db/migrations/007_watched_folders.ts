import type { Migration } from './types';

/** Folders the user asked to watch: new and changed files in them are imported automatically. */
export const migration007: Migration = {
  version: 7,
  name: 'watched-folders',
  up(db) {
    db.exec(`
      CREATE TABLE watched_folders (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};
