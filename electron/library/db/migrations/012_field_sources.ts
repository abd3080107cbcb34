import type { Migration } from './types';

/**
 * Where each metadata field of an article came from (`field_sources`, a JSON object such as
 * `{"title":"text","publishedAt":"file","language":"detected"}`, see `FieldSource` in the
 * contract), written by every import and shown in "Edit details". Articles imported before keep
 * `{}`: their sources were not recorded and are not guessed; a re-import of their file fills them.
 */
export const migration012: Migration = {
  version: 12,
  name: 'field-sources',
  up(db) {
    db.exec(`ALTER TABLE articles ADD COLUMN field_sources TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(field_sources))`);
  }
};
