import type { Migration } from './types';

/**
 * A deleted annotation's id is never given to another annotation, as migration 017 does for
 * articles. `annotations.id` is a plain INTEGER PRIMARY KEY, so SQLite hands out max(id) + 1 and,
 * after the newest annotation is deleted, its id again. An undo holds the deleted annotation by
 * that id: restoring it replaced whatever note had taken the id since, and a redo deleted that
 * note (review 13; `restoreAnnotation` also checks the row is its own since then).
 *
 * `annotation_id_floor` holds one number: at least the highest id any deleted annotation had. A
 * trigger raises it when an annotation above it is deleted, and the annotation writers
 * (annotationStore.ts, importAnnotations.ts) give each new annotation the id above both it and
 * every annotation there. It starts at the highest id the library holds: the ids deleted before
 * this migration left no trace.
 *
 * NB: a floor, not a rebuild to AUTOINCREMENT: a rebuild of `annotations` would have to recreate
 * its triggers, indexes and the foreign key of `annotation_tags` pointing at it.
 */
export const migration022: Migration = {
  version: 22,
  name: 'annotation-ids-never-reused',
  up(db) {
    db.exec(`
      CREATE TABLE annotation_id_floor (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        highest INTEGER NOT NULL CHECK (highest >= 0)
      ) STRICT;
      INSERT INTO annotation_id_floor (only, highest) VALUES (1, coalesce((SELECT max(id) FROM annotations), 0));
      CREATE TRIGGER annotation_id_floor_ad AFTER DELETE ON annotations
      WHEN old.id > (SELECT highest FROM annotation_id_floor)
      BEGIN
        UPDATE annotation_id_floor SET highest = old.id WHERE only = 1;
      END;
    `);
  }
};
